package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import k2explorer.UsLocale;
import k2explorer.catalog.Portion;
import k2explorer.export.CoverageExportTest;
import k2explorer.export.ValueCells;
import k2explorer.ui.coverage.ChartBar;

import k2explorer.ui.foods.ColumnValue;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "One row per food" as a user meets it: one figure per family in every view, its links, and its portion. */
@ExtendWith(UsLocale.class)
class FamilyRowsUiTest extends AppWindowTest {
    private FoodRow nattoFamily(FxRobot robot) {
        robot.clickOn("#rowsPerChoice").clickOn("One row per food");
        robot.clickOn("#searchField").write("natto");
        WaitForAsyncUtils.waitForFxEvents();
        return foodsTable(robot).getItems().stream().filter(r -> r.family() != null && r.family().name().equals("Natto"))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFamilyRowShowsOneFigureInTheTableChartCompareAndCsv(FxRobot robot) throws Exception {
        FoodRow natto = nattoFamily(robot);
        ColumnValue grams = foods().value(natto, FoodColumn.GRAMS_TO_TARGET).orElseThrow();
        String member = natto.countedCell(targets().targetProperty().get().counted()).orElseThrow().bestFood().id();
        assertTrue(!foods().catalogProperty().get().food(member).orElseThrow().excludedFromRankings(), member);

        robot.interact(() -> compare().clear());
        robot.interact(() -> compare().add(List.of(natto)));
        robot.clickOn("#compareTab");
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#compareGrid").queryAs(GridPane.class);
        Label gramsLabel = grid.getChildren().stream().filter(n -> n instanceof Label l
                && l.getText().startsWith("Grams to reach")).map(Label.class::cast).findFirst().orElseThrow();
        Label cell = robot.lookup("#compareCell-" + GridPane.getRowIndex(gramsLabel) + "-0").queryAs(Label.class);
        assertTrue(cell.getText().startsWith(grams.text() + " (from "), cell.getText() + " vs " + grams.text());

        robot.clickOn("#coverageTab");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.StackedBarChart<Number, String> chart = robot.lookup("#coverageChart")
                .queryAs(javafx.scene.chart.StackedBarChart.class);
        ChartBar bar = chart.getData().stream().flatMap(s -> s.getData().stream())
                .map(d -> (ChartBar) ((XYChart.Data<Number, String>) d).getExtraValue())
                .filter(b -> b.label().startsWith("Natto (")).findFirst().orElseThrow();
        assertEquals(member, bar.foodId(), "the chart stands on the same member");
        assertEquals(grams.number(), bar.grams().midpoint(), 1e-9);

        Path csv = dataDir.resolve("exports/family.csv");
        AtomicReference<CompletableFuture<?>> done = new AtomicReference<>();
        robot.interact(() -> done.set(window.exportCoverageTable(csv)));
        done.get().get(30, TimeUnit.SECONDS);
        NamedCsvRecord line = CoverageExportTest.read(csv).stream()
                .filter(r -> r.getField("food_name").equals("Natto")).findFirst().orElseThrow();
        assertEquals(member, line.getField("food_id"));
        assertEquals(ValueCells.reach(grams.reach()), line.getField("grams_to_target"));
    }

    @Test
    void sameFoodInOtherSourcesLinksOpenThatSourceAndLeadBack(FxRobot robot) {
        FoodRow natto = nattoFamily(robot);
        robot.interact(() -> foodsTable(robot).getSelectionModel().select(natto));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink usda = robot.lookup("#foodDetail .related-food").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().contains("USDA")).findFirst().orElseThrow();
        robot.interact(usda::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(natto, foods().selectedProperty().get(), "the family row stays selected");
        assertTrue(foods().detailRow().food().id().startsWith("usda:"), foods().detailRow().food().id());
        assertNotNull(robot.lookup("#detailBackToFamily").query());
        robot.interact(() -> robot.lookup("#detailBackToFamily").queryAs(Hyperlink.class).fire());
        assertSame(natto, foods().detailRow());
        assertTrue(texts(robot.lookup("#detailFigures").query()).stream().anyMatch(t -> t.startsWith("Total K: ")),
                "the detail says which member each figure comes from");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAPortionKeepsTheChooserAndItsFocus(FxRobot robot) {
        robot.interact(() -> foods().selectFood("lit:KAMAO2007:natto"));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Portion> chooser = robot.lookup("#portionChoice").queryAs(ComboBox.class);
        assertTrue(chooser.getItems().size() > 1, chooser.getItems().toString());
        robot.interact(chooser::requestFocus);
        List<String> before = texts(robot.lookup("#detailValues").query());
        robot.interact(() -> chooser.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(chooser, robot.lookup("#portionChoice").query(), "the same chooser, not a rebuilt pane");
        assertTrue(chooser.isFocused(), "keyboard focus stays on the chooser");
        assertEquals(chooser.getItems().get(1), foods().portion(foods().selectedProperty().get()));
        List<String> after = texts(robot.lookup("#detailValues").query());
        assertTrue(!before.equals(after), "the per-serving amounts follow the portion: " + after);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPortionChosenOnAFamilyRowIsThatFoodsPortionEverywhere(FxRobot robot) {
        robot.clickOn("#rowsPerChoice").clickOn("One row per food");
        WaitForAsyncUtils.waitForFxEvents();
        FoodRow natto = foodsTable(robot).getItems().stream().filter(r -> r.family() != null
                && r.food().portions().size() > 1).findFirst().orElseThrow();
        robot.interact(() -> {
            foodsTable(robot).scrollTo(natto);
            foodsTable(robot).getSelectionModel().select(natto);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Portion> chooser = robot.lookup("#portionChoice").queryAs(ComboBox.class);
        assertTrue(chooser.getItems().size() > 1, chooser.getItems().toString());
        Portion second = chooser.getItems().get(1);
        robot.interact(() -> chooser.getSelectionModel().select(second));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, foods().portion(natto));
        assertEquals(second, foods().portion(foods().row(natto.food().id()).orElseThrow()),
                "the source's own row shows the same portion: one choice per food");
        robot.interact(() -> foods().oneRowPerFamilyProperty().set(false));
        robot.interact(() -> foods().oneRowPerFamilyProperty().set(true));
        FoodRow again = foods().shownRow(natto.food().id()).orElseThrow();
        assertEquals(second, foods().portion(again), "and the family row keeps it");
        robot.interact(() -> compare().clear());
        robot.interact(() -> compare().add(List.of(again)));
        robot.clickOn("#compareTab");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Portion> compared = robot.lookup("#comparePortion0").queryAs(ComboBox.class);
        assertEquals(second, compared.getValue(), "Compare shows the family row with the same portion");
    }
}
