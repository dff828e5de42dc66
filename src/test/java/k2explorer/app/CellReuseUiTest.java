package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import k2explorer.UsLocale;
import k2explorer.ui.common.AmountFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing re-fills the Foods table's cells without making the style sheet match again (a cell keeps its one tooltip
 * too: {@link HoverTooltips}).
 */
@ExtendWith(UsLocale.class)
class CellReuseUiTest extends AppWindowTest {
    /** A value's state is a pseudo-class, so a reused cell is not matched against the whole style sheet again. */
    @Test
    void aNotMeasuredCellIsMarkedByAPseudoClassNotAStyleClass(FxRobot robot) {
        robot.interact(() -> foods().queryProperty().set("kale raw"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        int missing = 0;
        for (Node n : table.lookupAll(".amount-cell")) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            boolean dash = AmountFormat.NOT_MEASURED.equals(cell.getText());
            assertEquals(dash, cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("missing-value")),
                    cell.getText());
            assertTrue(cell.getStyleClass().stream().noneMatch(c -> c.endsWith("-value")),
                    cell.getStyleClass().toString());
            missing += dash ? 1 : 0;
        }
        assertTrue(missing > 0, "no not-measured cell shown for 'kale raw'");
    }

    /** The table is told its row height, so it places rows without measuring each one; rows keep that height. */
    @Test
    void theTableKnowsItsRowHeight(FxRobot robot) {
        TableView<?> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        showRowsPerFamily(robot, table, false);
        double perSource = table.getFixedCellSize();
        assertTrue(perSource > 10, "fixed cell size " + perSource);
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getItem() != null) {
                assertEquals(perSource, ((javafx.scene.control.TableRow<?>) n).getHeight(), 0.5);
            }
        }
        showRowsPerFamily(robot, table, true);
        assertTrue(table.getFixedCellSize() > perSource * 1.3, "one row per food: room for two lines");
    }

    /**
     * Switches the rows and styles and lays the window out at once: the row height comes from the style sheet, which
     * a loaded machine may not have applied yet when the FX queue is merely empty.
     */
    private void showRowsPerFamily(FxRobot robot, TableView<?> table, boolean perFamily) {
        robot.interact(() -> {
            foods().oneRowPerFamilyProperty().set(perFamily);
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
