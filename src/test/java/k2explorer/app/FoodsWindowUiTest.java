package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javax.imageio.ImageIO;
import k2explorer.catalog.Basis;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.export.CoverageExportTest;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.foods.ColumnValue;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodRow;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does in the Foods window: the app starts, sorts, searches and shows a food's sources. */
class FoodsWindowUiTest extends AppWindowTest {
    @Test
    void theAppStartsWithEveryFoodAndTheCatalogCounts(FxRobot robot) {
        // 8,789 USDA SR28 + 230 compiled + 1,433 Ciqual + 41 literature foods (the bundled files' rows, by id);
        // 560 foods with a K2 amount above zero in the #12 build report, less the 3 whose only K2 amounts are merged
        // with the compiler's unpublished analyses (#23: unpublished values are never counted with published ones),
        // and 32 whose K2 was only "not detected".
        assertEquals(10_493, foodsTable(robot).getItems().size());
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                "^(\\S+) foods · (\\S+) with K2 measured, (\\S+) with K2 not detected only").matcher(status);
        assertTrue(shown.find(), status);
        // Digits only, so the grouping separator of any locale reads the same.
        assertEquals(List.of(10_493L, 557L, 32L), List.of(shown.group(1), shown.group(2), shown.group(3)).stream()
                .map(n -> Long.parseLong(n.replaceAll("\\D", ""))).toList(), status);
    }

    @Test
    void sortingMk7DescendingPutsNattoFirstAndMissingValuesLast(FxRobot robot) {
        robot.clickOn("#colMk7");
        robot.clickOn("#colMk7");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FoodRow> table = foodsTable(robot);
        FoodRow first = table.getItems().get(0);
        assertTrue(first.food().name().startsWith("Natto"), first.food().name());
        assertEquals(1000, first.food().amount(KForm.MK7).orElseThrow().high(), "the richest everyday natto");
        assertTrue(table.getItems().stream().limit(8).noneMatch(r -> r.food().excludedFromRankings()),
                "reinforced and laboratory natto come after the everyday foods");
        FoodRow last = table.getItems().get(table.getItems().size() - 1);
        assertFalse(last.food().hasForm(KForm.MK7), "not measured sorts last, also when descending");
        robot.interact(() -> foods().rankSpecialProductsProperty().set(true));
        assertEquals(1765, table.getItems().get(0).food().amount(KForm.MK7).orElseThrow().high(),
                "ranked with the rest on request");
    }

    @Test
    void sortingMk4DescendingPutsSr28sHighestMk4FirstAmongUsdaFoods(FxRobot robot) {
        robot.clickOn("#colMk4");
        robot.clickOn("#colMk4");
        WaitForAsyncUtils.waitForFxEvents();
        List<FoodRow> usda = foodsTable(robot).getItems().stream()
                .filter(r -> r.food().origin() == k2explorer.catalog.FoodOrigin.USDA).toList();
        // SR28's highest MK-4 (nutrient 428 in usda-sr28/nutrients.csv): sliced beef and pork pepperoni, 41.7 µg
        // per 100 g, then the rotisserie chicken drumstick (35.7).
        assertEquals("usda:07057", usda.get(0).food().id(), usda.get(0).food().name());
        assertEquals(41.7, usda.get(0).food().amount(KForm.MK4).orElseThrow().high());
        assertEquals("usda:05343", usda.get(1).food().id(), usda.get(1).food().name());
    }

    @Test
    void searchingEdamShowsTheCompiledEdamWithItsMk9(FxRobot robot) {
        robot.clickOn("#searchField").write("edam");
        WaitForAsyncUtils.waitForFxEvents();
        FoodRow edam = foodsTable(robot).getItems().stream().filter(r -> r.food().id().equals("k2c:edam")).findFirst()
                .orElseThrow();
        assertEquals(45.9, edam.food().amount(KForm.MK9).orElseThrow().high());
        robot.interact(() -> foodsTable(robot).getSelectionModel().select(edam));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> values = texts(robot.lookup("#detailValues").query());
        assertTrue(values.contains(AmountFormat.format(45.9) + " µg"), values.toString());
        assertTrue(values.contains("n.d."), "not-detected forms are shown as n.d.: " + values);
        assertTrue(values.stream().anyMatch(t -> t.contains("Vermeer 2018, as compiled by K2viewer")), values.toString());
    }

    @Test
    void oneRowPerFoodShowsNattoWithTheSpreadOfItsSources(FxRobot robot) {
        robot.clickOn("#rowsPerChoice").clickOn("One row per food");
        robot.clickOn("#searchField").write("natto");
        WaitForAsyncUtils.waitForFxEvents();
        FoodRow natto = foodsTable(robot).getItems().stream().filter(r -> r.family() != null
                && r.family().name().equals("Natto")).findFirst().orElseThrow();
        ColumnValue mk7 = foods().value(natto, FoodColumn.MK7).orElseThrow();
        assertTrue(mk7.amount().isSpread(), "every source's MK-7, lowest to highest: " + mk7.text());
        assertTrue(mk7.ranked().sources() >= 4, "USDA has no MK-7; the papers and tables do: " + mk7.ranked());
        assertTrue(mk7.text().contains("–"), mk7.text());
        assertEquals(1, foodsTable(robot).getItems().stream().filter(r -> r.foods().stream()
                .anyMatch(f -> f.id().equals("lit:KAMAO2007:natto"))).count(),
                "its sources are inside the family row, not listed again");
        robot.interact(() -> foodsTable(robot).getSelectionModel().select(natto));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(texts(robot.lookup("#foodDetail").query()).stream().anyMatch(t -> t.startsWith("Natto, regular (commercial type) — Tsukamoto 2000")),
                "the detail pane lists each source side by side");
    }

    @Test
    void aMeasuredZeroFoodNeverReachesTheTargetInTheChartItIsNotNoData(FxRobot robot) {
        FoodRow zero = foods().allRows().stream().filter(r -> r.food().origin() == k2explorer.catalog.FoodOrigin.USDA
                && r.food().valuesOf(KForm.K1).stream().anyMatch(v -> v.state()
                == k2explorer.catalog.ValueState.MEASURED_ZERO)).findFirst().orElseThrow();
        robot.interact(() -> {
            targets().countedProperty().set(k2explorer.coverage.CountedForms.K1_ONLY);
            foods().pickedRows().setAll(zero, foods().row("usda:11233").orElseThrow());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#pickedOnlyCheck").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        String listed = robot.lookup("#noDataLabel").queryAs(Label.class).getText();
        assertTrue(listed.contains("never reaches the target") && listed.contains(zero.food().name()), listed);
        assertFalse(listed.contains("no data"), listed);
    }

    @Test
    void typingKaleLeavesOnlyKaleFoods(FxRobot robot) {
        robot.clickOn("#searchField").write("kale");
        WaitForAsyncUtils.waitForFxEvents();
        List<FoodRow> rows = foodsTable(robot).getItems();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.food().name().toLowerCase(Locale.ROOT).contains("kale")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.food().name().equals("Kale, raw")));
    }

    @Test
    void choosingAFoodFromTheKeyboardShowsItsValuesAndSources(FxRobot robot) {
        robot.clickOn("#searchField").write("raw kale");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#detailTitle").queryAs(Label.class);
        assertEquals("Kale, raw", title.getText());
        Pane sources = robot.lookup("#detailSources").queryAs(Pane.class);
        assertTrue(texts(sources).stream().anyMatch(t -> t.contains("USDA National Nutrient Database")),
                texts(sources).toString());
        assertTrue(texts(robot.lookup("#detailValues").query()).contains(AmountFormat.format(704.8) + " µg"));
    }

    @Test
    void theBasisChoiceChangesTheAmountsShown(FxRobot robot) {
        robot.clickOn("#searchField").write("natto kamao");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#searchField").queryTextInputControl().setText("");
        });
        ComboBox<?> basis = robot.lookup("#basisChoice").queryAs(ComboBox.class);
        robot.clickOn(basis).clickOn(EnumLabels.of(Basis.PER_SERVING));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Basis.PER_SERVING, foods().basisProperty().get());
        FoodRow natto = foods().row("lit:KAMAO2007:natto").orElseThrow();
        assertEquals(AmountFormat.format(375.6), foods().value(natto, FoodColumn.MK7).orElseThrow().text(),
                "939 µg per 100 g is 375.6 µg in a 40 g pack");
    }

    @Test
    void choosingWomenNinetyAndMk7OnlyPutsNattoFirstByGramsNeeded(FxRobot robot) {
        robot.clickOn("#targetChoice").clickOn("US NASEM (Institute of Medicine) adequate intake, women 19+ y: 90 µg/day");
        robot.clickOn("#countedFormsChoice").clickOn(EnumLabels.of(CountedForms.MK7_ONLY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(90, targets().targetProperty().get().microgramsPerDay());
        robot.interact(() -> {
            TableView<FoodRow> t = foodsTable(robot);
            TableColumn<FoodRow, ?> grams = t.getColumns().stream()
                    .filter(c -> "colGramsToTarget".equals(c.getId())).findFirst().orElseThrow();
            t.scrollToColumn(grams);
        });
        robot.clickOn("#colGramsToTarget");
        WaitForAsyncUtils.waitForFxEvents();
        FoodRow first = foodsTable(robot).getItems().get(0);
        assertTrue(first.food().name().startsWith("Natto"), first.food().name());
        assertEquals(9.0, foods().value(first, FoodColumn.GRAMS_TO_TARGET).orElseThrow().reach().grams().low(),
                1e-9, "90 µg from natto at 1,000 µg MK-7 per 100 g; reinforced natto is not ranked first");
    }

    private void addToComparison(FxRobot robot, String query) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#searchField").queryTextInputControl().clear());
        robot.write(query).type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void comparingNattoCheeseAndSpinachShowsThreeColumnsWithTheirNumbers(FxRobot robot) {
        robot.interact(() -> compare().clear());
        addToComparison(robot, "natto kamao");
        robot.interact(() -> foods().selectFood("usda:01009"));
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        addToComparison(robot, "spinach raw kamao");
        assertEquals(List.of("lit:KAMAO2007:natto", "usda:01009", "lit:KAMAO2007:spinach-raw"), compare().ids());
        // Each named with its source: look-alike foods from different sources are never confused.
        assertEquals("Natto (Kamao 2007)", robot.lookup("#compareFood0").queryAs(Label.class).getText());
        String cheddar = robot.lookup("#compareFood1").queryAs(Label.class).getText();
        assertTrue(cheddar.startsWith("Cheese, cheddar (USDA"), cheddar);
        assertEquals("Spinach, raw (Kamao 2007)", robot.lookup("#compareFood2").queryAs(Label.class).getText());
        List<String> grid = texts(robot.lookup("#compareGrid").query());
        int mk7 = grid.indexOf("MK-7 per 100 g (µg)");
        assertEquals(List.of("939", "—", "—"), grid.subList(mk7 + 1, mk7 + 4));
        int k1 = grid.indexOf("K1 per 100 g (µg)");
        assertEquals(List.of("—", AmountFormat.format(2.4), "498"), grid.subList(k1 + 1, k1 + 4), "SR28 revised cheddar K1 2.8 → 2.4");
        assertTrue(robot.lookup("#compareChart").tryQuery().isPresent());
    }

    @Test
    void theChartExportsAsPngAndTheTableAsCsv(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dataDir.resolve("exports/chart.png");
        Path csv = dataDir.resolve("exports/coverage.csv");
        AtomicReference<CompletableFuture<?>> pngDone = new AtomicReference<>();
        AtomicReference<CompletableFuture<?>> csvDone = new AtomicReference<>();
        robot.interact(() -> {
            pngDone.set(window.exportChart(png));
            csvDone.set(window.exportCoverageTable(csv));
        });
        pngDone.get().get(20, TimeUnit.SECONDS);
        csvDone.get().get(20, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 200 && image.getHeight() > 100);
        // Drawn at twice its size on screen, sharp enough to print.
        javafx.scene.layout.Region chart = robot.lookup("#coverageChart").queryAs(javafx.scene.layout.Region.class);
        assertEquals(2 * Math.ceil(chart.getWidth()), image.getWidth(), 2);
        List<NamedCsvRecord> rows = CoverageExportTest.read(csv);
        assertEquals(foods().visibleRows().stream().filter(r -> r.family() != null
                || !r.food().excludedFromRankings()).count(), rows.size(),
                "every row the chart ranks; special products left out");
        assertTrue(Files.readAllLines(csv).get(0).contains("target: "));
    }
}
