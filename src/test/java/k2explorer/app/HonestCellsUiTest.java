package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import k2explorer.UsLocale;
import k2explorer.catalog.Basis;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.Unbreakable;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.SortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the Foods table's cells say for the states a user must not confuse, read from the cells on screen. */
@ExtendWith(UsLocale.class)
class HonestCellsUiTest extends AppWindowTest {
    private void search(FxRobot robot, String text) {
        robot.interact(() -> {
            foods().oneRowPerFamilyProperty().set(false);
            foods().queryProperty().set(text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the cell a food shows in a column, as drawn. */
    @SuppressWarnings("unchecked")
    private static String cell(FxRobot robot, String foodId, FoodColumn column) {
        return tableCell(robot, foodId, column).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableCell<FoodRow, ?> tableCell(FxRobot robot, String foodId, FoodColumn column) {
        TableView<FoodRow> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(table.getItems().stream().filter(r -> r.food().id().equals(foodId))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        for (var node : table.lookupAll(".amount-cell")) {
            TableCell<FoodRow, ?> cell = (TableCell<FoodRow, ?>) node;
            FoodRow row = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
            if (row != null && row.food().id().equals(foodId) && cell.getTableColumn() != null
                    && ("col" + camel(column)).equals(cell.getTableColumn().getId())) {
                return cell;
            }
        }
        throw new AssertionError("no cell for " + foodId + " in " + column);
    }

    /** The cell's tooltip text, once the pointer rests on the cell (cells make their tooltip on first hover). */
    private static String tooltipOnHover(FxRobot robot, TableCell<FoodRow, ?> cell) {
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(cell.getTooltip(), "no tooltip on hover over " + cell.getText());
        return cell.getTooltip().getText();
    }

    private static String camel(FoodColumn c) {
        StringBuilder out = new StringBuilder();
        for (String part : c.name().split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    @Test
    void zerosInTheFormsMeasuredAreNotNever(FxRobot robot) {
        search(robot, "chicken liver all classes raw");
        String grams = cell(robot, "usda:05027", FoodColumn.GRAMS_TO_TARGET);
        assertEquals("none in the forms measured", grams.replace('\u00A0', ' '));
        assertFalse(grams.contains("never"));
        String why = tooltipOnHover(robot, tableCell(robot, "usda:05027", FoodColumn.GRAMS_TO_TARGET));
        assertTrue(why.contains("MK-4 … MK-13 not measured"), why);
    }

    @Test
    void valuesMergedWithUnpublishedAnalysesAreLabelledAndNotRanked(FxRobot robot) {
        robot.interact(() -> foods().sortBy(List.of(SortKey.descending(FoodColumn.TOTAL_K2))));
        List<String> top = foods().visibleRows().stream().limit(40).map(r -> r.food().id()).toList();
        assertFalse(top.contains("k2c:black-tea-brewed"), top.toString());
        search(robot, "black tea brewed");
        assertEquals("unpubl.", cell(robot, "k2c:black-tea-brewed", FoodColumn.TOTAL_K2));
    }

    @Test
    void aDoubtfulValueIsFlaggedWhereItRanks(FxRobot robot) {
        search(robot, "liver beef k2viewer");
        assertTrue(cell(robot, "k2c:liver-beef", FoodColumn.MK7).endsWith("†"),
                "MK-7 credited to Elder 2006, which measured K1, dihydro-K1 and MK-4 only");
        assertFalse(cell(robot, "k2c:liver-beef", FoodColumn.K1).endsWith("†"));
        assertTrue(cell(robot, "k2c:liver-beef", FoodColumn.TOTAL_K).endsWith("†"),
                "the compiler's own total disagrees with its forms");
    }

    @Test
    void aBasisThatDoesNotApplyIsNotAValueNeverMeasured(FxRobot robot) {
        robot.interact(() -> foods().basisProperty().set(Basis.PER_SERVING));
        search(robot, "hard cheese k2viewer");
        assertTrue(foods().row("k2c:hard-cheese").orElseThrow().food().portions().isEmpty());
        assertEquals(AmountFormat.notApplicable(), cell(robot, "k2c:hard-cheese", FoodColumn.MK4));
        search(robot, "chicken liver all classes raw");
        assertEquals(AmountFormat.NOT_MEASURED, cell(robot, "usda:05027", FoodColumn.MK4), "has a portion; MK-4 not measured");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNumberInATableCellNeverBreaksAcrossLines(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            appearance().fontScaleProperty().set(150);
            foods().oneRowPerFamilyProperty().set(false);
            foods().basisProperty().set(Basis.PER_SERVING);
            foods().sortBy(List.of(SortKey.descending(FoodColumn.TOTAL_K)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FoodRow> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        int checked = 0;
        for (var node : table.lookupAll(".amount-cell")) {
            TableCell<FoodRow, ?> cell = (TableCell<FoodRow, ?>) node;
            if (cell.getText() == null || cell.getText().isBlank() || !cell.isVisible()) {
                continue;
            }
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            assertTrue(room + 0.5 >= Unbreakable.widestPiece(cell.getText(), cell.getFont()),
                    "'" + cell.getText() + "' needs " + Unbreakable.widestPiece(cell.getText(), cell.getFont())
                            + " px, has " + room + " in " + cell.getTableColumn().getId());
            checked++;
        }
        assertTrue(checked > 20, "cells checked: " + checked);
    }

    /** "% of the target a serving gives" says which serving: the chosen portion of that row. */
    @Test
    @SuppressWarnings("unchecked")
    void aPerServingFigureSaysWhichServingItIsFor(FxRobot robot) {
        search(robot, "natto");
        TableView<FoodRow> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        robot.interact(() -> table.getColumns().stream().filter(c -> "colPercentPerServing".equals(c.getId()))
                .forEach(c -> c.setVisible(true)));
        FoodRow row = table.getItems().stream()
                .filter(r -> foods().portion(r) != null
                        && foods().value(r, FoodColumn.PERCENT_PER_SERVING).isPresent())
                .findFirst().orElseThrow();
        String label = foods().portion(row).label();
        String why = tooltipOnHover(robot, tableCell(robot, row.food().id(), FoodColumn.PERCENT_PER_SERVING));
        assertTrue(why.startsWith("For one serving: " + label), why);
    }
}
