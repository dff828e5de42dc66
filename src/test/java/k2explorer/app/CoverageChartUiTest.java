package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import k2explorer.UsLocale;
import k2explorer.ui.coverage.ChartBar;
import k2explorer.ui.foods.FoodRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The coverage chart: how many foods it draws, its log or linear axis, only the picked foods, click to open. */
@ExtendWith(UsLocale.class)
class CoverageChartUiTest extends AppWindowTest {
    @BeforeEach
    void showTheChart(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static XYChart<Number, String> chart(FxRobot robot) {
        return robot.lookup("#coverageChart").queryAs(XYChart.class);
    }

    /** The foods drawn, fewest grams first. */
    private static List<ChartBar> bars(FxRobot robot) {
        Set<ChartBar> bars = new LinkedHashSet<>();
        chart(robot).getData().forEach(series -> series.getData().forEach(d -> bars.add((ChartBar) d.getExtraValue())));
        List<ChartBar> fewestFirst = new ArrayList<>(bars);
        Collections.reverse(fewestFirst); // the chart lists the largest first, to draw it at the bottom
        return fewestFirst;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNumberOfFoodsDrawnFollowsTheSpinner(FxRobot robot) {
        Spinner<Integer> topN = robot.lookup("#topNSpinner").queryAs(Spinner.class);
        assertEquals(topN.getValue(), bars(robot).size());
        robot.interact(() -> topN.getValueFactory().setValue(5));
        assertEquals(5, bars(robot).size());
        List<ChartBar> five = bars(robot);
        for (int i = 1; i < five.size(); i++) {
            assertTrue(five.get(i - 1).grams().midpoint() <= five.get(i).grams().midpoint(), "fewest grams first");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLogAxisDrawsTheTenBaseLogarithmOfTheGramsWithReadableTicks(FxRobot robot) {
        CheckBox log = robot.lookup("#logScaleCheck").queryAs(CheckBox.class);
        ValueAxis<Number> axis = (ValueAxis<Number>) chart(robot).getXAxis();
        robot.interact(() -> log.setSelected(false));
        assertEquals("grams needed", axis.getLabel());
        double linear = longestBar(robot);
        robot.interact(() -> log.setSelected(true));
        assertTrue(axis.getLabel().contains("log"), axis.getLabel());
        assertEquals(Math.log10(linear), longestBar(robot), 1e-9);
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> grams = axis.getTickMarks().stream().map(t -> Math.pow(10, t.getValue().doubleValue()))
                .sorted().toList();
        assertEquals(1, grams.get(0), 1e-9, "the log axis starts at 1 g");
        for (double g : grams) {
            double leading = g / Math.pow(10, Math.floor(Math.log10(g) + 1e-9));
            assertTrue(Math.abs(leading - 1) < 1e-6 || Math.abs(leading - 2) < 1e-6 || Math.abs(leading - 5) < 1e-6,
                    "1-2-5 or decade ticks: " + grams);
        }
    }

    private static double longestBar(FxRobot robot) {
        return chart(robot).getData().stream().flatMap(s -> s.getData().stream())
                .mapToDouble(d -> d.getXValue().doubleValue()).max().orElseThrow();
    }

    @Test
    void theChartSaysWhenTheFoodsSearchNarrowsItAndClearsItOnRequest(FxRobot robot) {
        robot.interact(() -> foods().queryProperty().set("gouda"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Pane note = robot.lookup("#coverageFiltered").queryAs(javafx.scene.layout.Pane.class);
        assertTrue(note.isVisible(), "the chart says it is narrowed");
        assertTrue(robot.lookup("#coverageFiltered .label").queryLabeled().getText().contains("\"gouda\""));
        robot.interact(() -> robot.lookup("#coverageClearFilters").queryAs(javafx.scene.control.Hyperlink.class)
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", foods().queryProperty().get());
        assertTrue(!note.isVisible(), "nothing narrows the chart now");
    }

    @Test
    void onlyThePickedFoodsWhenAsked(FxRobot robot) {
        List<FoodRow> two = List.of(foods().row("lit:KAMAO2007:natto").orElseThrow(),
                foods().row("usda:11233").orElseThrow());
        robot.interact(() -> {
            foods().pickedRows().setAll(two);
            robot.lookup("#pickedOnlyCheck").queryAs(CheckBox.class).setSelected(true);
        });
        assertEquals(Set.of("lit:KAMAO2007:natto", "usda:11233"),
                Set.copyOf(bars(robot).stream().map(ChartBar::foodId).toList()));
    }

    @Test
    void clickingABarOpensTheFood(FxRobot robot) {
        XYChart.Data<Number, String> first = chart(robot).getData().stream().flatMap(s -> s.getData().stream())
                .filter(d -> d.getXValue().doubleValue() > 0).findFirst().orElseThrow();
        ChartBar bar = (ChartBar) first.getExtraValue();
        robot.clickOn(first.getNode());
        assertEquals("foodsTab", selectedTab(robot));
        assertEquals(bar.foodId(), foods().selectedProperty().get().food().id());
    }
}
