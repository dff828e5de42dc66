package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import k2explorer.app.TestApp;
import k2explorer.app.Themes;
import k2explorer.ui.common.Unbreakable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Foods table's first fill as start-up makes it (the window shown with an empty table, the rows handed over
 * after): each amount cell is filled once, a number that plainly fits its column is not laid out again to measure
 * it, and only a text that can break is laid out as wrapping text — the work the first frame once did for every cell.
 */
@ExtendWith(ApplicationExtension.class)
class TableFirstFillUiTest {
    private TestApp app;
    private FoodsView view;

    @Start
    void start(Stage stage) {
        Themes.applyDefault();
        app = new TestApp();
        view = new FoodsView(app.models().foods(), List.of(), () -> { }, TestFoods.noCommands());
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Themes.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private List<AmountCell> shownAmountCells() {
        return view.lookupAll(".amount-cell").stream().map(n -> (AmountCell) n)
                .filter(c -> !c.isEmpty() && c.getText() != null && c.isVisible()).toList();
    }

    private void handOverRows(FxRobot robot, boolean oneRowPerFamily) {
        robot.interact(() -> {
            app.models().foods().oneRowPerFamilyProperty().set(oneRowPerFamily);
            app.showing(TestFoods.familyCatalog());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachAmountCellIsFilledOnceAndOnlyANumberThatMayNotFitIsMeasured(FxRobot robot) {
        long measuredBefore = AmountCell.MEASUREMENTS.sum();
        handOverRows(robot, false);
        List<AmountCell> filled = shownAmountCells();
        assertTrue(filled.size() >= 10, "too few amount cells shown: " + filled.size());
        for (AmountCell cell : filled) {
            // Once filled, not first emptied and then filled, nor filled again after a sort or a second layout.
            assertEquals(1, cell.fills(), "fills of a cell showing " + cell.getText());
            assertTrue(cell.getTableColumn().getMinWidth() >= Unbreakable.minWidth(cell),
                    "a column narrower than its widest number: " + cell.getText());
        }
        // These numbers are far narrower than their columns: none is laid out again only to be measured (each cell
        // was, once).
        long measured = AmountCell.MEASUREMENTS.sum() - measuredBefore;
        assertEquals(0, measured, measured + " measurements of " + filled.size() + " filled amount cells");
    }

    @Test
    void onlyATextThatCanBreakWraps(FxRobot robot) {
        handOverRows(robot, true);
        List<AmountCell> filled = shownAmountCells();
        int spreads = 0;
        int whole = 0;
        for (AmountCell cell : filled) {
            boolean breakable = Unbreakable.breakable(cell.getText());
            assertEquals(breakable, cell.isWrapText(), "wraps: " + cell.getText());
            spreads += breakable ? 1 : 0;
            whole += breakable ? 0 : 1;
        }
        // One row per food shows the natto family's spread ("23.1 – 40"), which may go onto two lines.
        assertTrue(spreads > 0, "no spread shown");
        assertTrue(whole > 0, "no single number shown");
    }

    @Test
    void aNumberWiderThanItsColumnStillWidensIt(FxRobot robot) {
        robot.interact(() -> view.setStyle("-fx-font-size: 40px;"));
        long measuredBefore = AmountCell.MEASUREMENTS.sum();
        handOverRows(robot, false);
        List<AmountCell> filled = shownAmountCells();
        assertTrue(filled.size() >= 3, "too few amount cells shown: " + filled.size());
        assertTrue(AmountCell.MEASUREMENTS.sum() > measuredBefore, "no number measured at 40 px");
        for (AmountCell cell : filled) {
            assertEquals(40, cell.getFont().getSize(), 0.0);
            assertTrue(cell.getTableColumn().getMinWidth() >= Unbreakable.minWidth(cell),
                    "a column narrower than its widest number: " + cell.getText());
        }
    }
}
