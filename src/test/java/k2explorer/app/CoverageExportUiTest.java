package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import k2explorer.UsLocale;
import k2explorer.cli.CommandLine;
import k2explorer.coverage.CountedForms;
import k2explorer.storage.AppDirectories;
import k2explorer.ui.coverage.ChartBar;
import k2explorer.ui.coverage.TargetOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Coverage tab as a user meets it: bars in ranking order after the target changes, and its "Export table as CSV"
 * equal to the command line's {@code --export-coverage} for the same settings.
 */
@ExtendWith(UsLocale.class)
class CoverageExportUiTest extends AppWindowTest {
    @BeforeEach
    void showTheChart(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void clear() {
        System.clearProperty(AppDirectories.PROPERTY);
    }

    private String appExport(FxRobot robot, String name) throws Exception {
        Path csv = dataDir.resolve("exports/" + name);
        AtomicReference<CompletableFuture<?>> done = new AtomicReference<>();
        robot.interact(() -> done.set(window.exportCoverageTable(csv)));
        done.get().get(30, TimeUnit.SECONDS);
        return Files.readString(csv);
    }

    private String commandLineExport(String name, String... options) throws Exception {
        System.setProperty(AppDirectories.PROPERTY, dataDir.toString());
        Path csv = dataDir.resolve("exports/" + name);
        List<String> args = new ArrayList<>(List.of("--export-coverage", csv.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return Files.readString(csv);
    }

    @Test
    void theCommandLineWritesWhatTheCoverageTabExportsForTheSameSettings(FxRobot robot) throws Exception {
        String app = appExport(robot, "app-default.csv");
        assertTrue(app.startsWith("# K2 Explorer coverage table; target: 120 µg/day; counting: total-k; rows: source;"
                + " basis: 100g; special products: left out;"), app.substring(0, 200));
        assertEquals(app, commandLineExport("cli-default.csv"));

        robot.interact(() -> {
            targets().countedProperty().set(CountedForms.K2_ALL);
            foods().oneRowPerFamilyProperty().set(true);
            robot.lookup("#includeExcludedCheck").queryAs(CheckBox.class).setSelected(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String k2 = appExport(robot, "app-k2.csv");
        assertTrue(k2.contains("counting: k2; rows: food; basis: 100g; special products: included"),
                k2.substring(0, 200));
        assertEquals(k2, commandLineExport("cli-k2.csv", "--counting", "k2", "--rows", "food", "--include-special"));
        assertFalse(app.equals(k2));

        robot.interact(() -> {
            targets().optionProperty().set(TargetOption.CUSTOM);
            targets().customMicrogramsProperty().set("90");
            targets().countedProperty().set(CountedForms.MK7_ONLY);
            foods().oneRowPerFamilyProperty().set(false);
            robot.lookup("#includeExcludedCheck").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#rankByChoice").queryAs(javafx.scene.control.ComboBox.class)
                    .setValue(k2explorer.ui.coverage.CoverageChartModel.RankBy.SERVINGS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String servings = appExport(robot, "app-servings.csv");
        assertTrue(servings.contains("target: 90 µg/day; counting: mk7; rows: source; basis: serving;"),
                servings.substring(0, 200));
        assertEquals(servings, commandLineExport("cli-servings.csv", "--target", "90", "--counting", "mk7",
                "--basis", "serving"));
    }

    /** The categories of the chart from top to bottom, with the bar drawn for each. */
    @SuppressWarnings("unchecked")
    private static List<ChartBar> barsTopDown(FxRobot robot) {
        XYChart<Number, String> chart = robot.lookup("#coverageChart").queryAs(XYChart.class);
        Map<String, ChartBar> byCategory = new HashMap<>();
        chart.getData().forEach(s -> s.getData().forEach(d -> byCategory.put(d.getYValue(),
                (ChartBar) d.getExtraValue())));
        List<String> bottomUp = ((CategoryAxis) chart.getYAxis()).getCategories();
        List<ChartBar> topDown = new ArrayList<>();
        for (int i = bottomUp.size() - 1; i >= 0; i--) {
            topDown.add(byCategory.get(bottomUp.get(i)));
        }
        return topDown;
    }

    private static void assertFewestGramsOnTop(List<ChartBar> topDown) {
        assertFalse(topDown.isEmpty());
        for (int i = 1; i < topDown.size(); i++) {
            assertTrue(topDown.get(i - 1).grams().midpoint() <= topDown.get(i).grams().midpoint(),
                    "drawn in ranking order: " + topDown.get(i - 1).label() + " above " + topDown.get(i).label());
        }
    }

    @Test
    void theBarsAreDrawnInRankingOrderAfterTheTargetChangesTwice(FxRobot robot) {
        assertFewestGramsOnTop(barsTopDown(robot));
        String lists = robot.lookup("#noDataLabel").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(lists.contains("have none in the forms measured"), lists);
        assertFalse(lists.contains("never reach"), "zeros in K1 with MK-4 … MK-13 not measured are not never: " + lists);
        robot.interact(() -> targets().countedProperty().set(CountedForms.MK7_ONLY));
        WaitForAsyncUtils.waitForFxEvents();
        assertFewestGramsOnTop(barsTopDown(robot));
        robot.interact(() -> {
            targets().optionProperty().set(TargetOption.CUSTOM);
            targets().customMicrogramsProperty().set("10");
            targets().countedProperty().set(CountedForms.K2_ALL);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<ChartBar> k2 = barsTopDown(robot);
        assertFewestGramsOnTop(k2);
        assertEquals(15, k2.size(), "as many categories as bars: none left over from earlier targets");
    }
}
