package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import k2explorer.studies.Study;
import k2explorer.ui.common.EnumLabels;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Foods table's cells make their tooltip when the pointer first rests on them, not when they are filled (the
 * first frame with the filled table made ~200 of them): none before a hover, the same text a screen reader hears as
 * the cell's help, shown on hover, and kept (with the new row's text) as the user types; the Studies table's short
 * labels too. Run in en-US and de-DE.
 */
abstract class HoverTooltips extends AppWindowTest {
    /** The filled cells of a Foods column on screen, top to bottom. */
    private static List<TableCell<?, ?>> cells(FxRobot robot, String columnId) {
        return cells(foodsTable(robot), columnId);
    }

    /** The filled cells of a column of {@code table} on screen, top to bottom. */
    private static List<TableCell<?, ?>> cells(TableView<?> table, String columnId) {
        return table.lookupAll(".table-cell").stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .sorted(java.util.Comparator.comparingDouble(c -> c.localToScene(0, 0).getY()))
                .toList();
    }

    private static String help(Node cell) {
        return (String) cell.queryAccessibleAttribute(AccessibleAttribute.HELP);
    }

    /** Rests the pointer on {@code cell} until its tooltip shows. */
    private static Tooltip hover(FxRobot robot, TableCell<?, ?> cell) throws Exception {
        robot.moveTo(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> cell.getTooltip() != null && cell.getTooltip().isShowing());
        return cell.getTooltip();
    }

    @Test
    void noCellMakesATooltipBeforeItIsHoveredYetEachHasItsText(FxRobot robot) {
        List<TableCell<?, ?>> cells = foodsTable(robot).lookupAll(".table-cell").stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).filter(c -> !c.isEmpty() && c.getText() != null).toList();
        assertTrue(cells.size() > 100, "filled cells: " + cells.size());
        for (TableCell<?, ?> cell : cells) {
            assertNull(cell.getTooltip(), "tooltip made without a hover: " + cell.getText());
        }
        for (TableCell<?, ?> name : cells(robot, "colName")) {
            assertTrue(help(name).contains(name.getText()), help(name) + " / " + name.getText());
        }
    }

    @Test
    void anAmountCellsTooltipShowsOnHoverWithWhatItsHelpSays(FxRobot robot) throws Exception {
        TableCell<?, ?> cell = cells(robot, "colTotalK2").get(2);
        String help = help(cell);
        assertTrue(!help.isBlank(), "no help for " + cell.getText());
        Tooltip shown = hover(robot, cell);
        assertEquals(help, shown.getText());
    }

    /** A screen reader hears each amount cell's column, value and what the value means, tooltip made or not. */
    @Test
    void aScreenReaderHearsEachAmountCellsColumnValueAndMeaning(FxRobot robot) {
        List<TableCell<?, ?>> amounts = cells(robot, "colTotalK2");
        assertTrue(amounts.size() > 10, "cells: " + amounts.size());
        for (TableCell<?, ?> cell : amounts) {
            String spoken = (String) cell.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            assertTrue(spoken.startsWith(cell.getTableColumn().getText() + ": "), spoken);
            assertTrue(spoken.endsWith(help(cell)), spoken + " / " + help(cell));
            assertTrue(!help(cell).isBlank(), "no meaning for " + cell.getText());
            assertNull(cell.getTooltip());
        }
    }

    /**
     * The Studies table's design and form cells show a short label: the whole label is their help, and their tooltip
     * on hover, made then (filled, the cells made none).
     */
    @Test
    void aStudiesCellMakesItsTooltipWhenHoveredNotWhenFilled(FxRobot robot) throws Exception {
        robot.clickOn("#studiesTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#studiesTable").queryAs(TableView.class);
        List<TableCell<?, ?>> design = cells(table, "studyDesignColumn");
        List<TableCell<?, ?>> form = cells(table, "studyFormColumn");
        assertTrue(design.size() > 10 && form.size() > 10, "cells: " + design.size() + ", " + form.size());
        for (TableCell<?, ?> cell : design) {
            assertNull(cell.getTooltip(), "tooltip made without a hover: " + cell.getText());
            assertEquals(EnumLabels.of(((Study) cell.getTableRow().getItem()).design()), help(cell));
        }
        for (TableCell<?, ?> cell : form) {
            assertNull(cell.getTooltip(), "tooltip made without a hover: " + cell.getText());
            assertEquals(EnumLabels.of(((Study) cell.getTableRow().getItem()).form()), help(cell));
        }
        TableCell<?, ?> cell = design.get(1);
        assertEquals(help(cell), hover(robot, cell).getText());
    }

    @Test
    void aHoveredCellKeepsItsTooltipAndTakesTheNewRowsText(FxRobot robot) throws Exception {
        TableCell<?, ?> name = cells(robot, "colName").get(0);
        Tooltip tooltip = hover(robot, name);
        assertTrue(tooltip.getText().contains(name.getText()), tooltip.getText() + " / " + name.getText());
        String before = name.getText();
        // a search with enough matches to fill the table, so the cell shows another row rather than none
        robot.interact(() -> foods().queryProperty().set("raw"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(name.getText() != null && !before.equals(name.getText()), before + " -> " + name.getText());
        assertSame(tooltip, name.getTooltip(), "a cell got a new tooltip on a keystroke");
        assertTrue(tooltip.getText().contains(name.getText()), tooltip.getText() + " / " + name.getText());
    }
}
