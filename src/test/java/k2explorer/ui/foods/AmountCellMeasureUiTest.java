package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import k2explorer.app.TestApp;
import k2explorer.ui.common.Unbreakable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new amount cell measures the widest number of its text at most once, in the font the style sheet gives it, not
 * first in JavaFX's default font too (the first frame with the filled table measured every cell twice); a number that
 * plainly fits its column is not measured at all ({@link TableFirstFillUiTest}).
 */
@ExtendWith(ApplicationExtension.class)
class AmountCellMeasureUiTest {
    private FoodsView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestApp app = new TestApp().showing(TestFoods.catalog());
        view = new FoodsView(app.models().foods(), List.of(), () -> { }, TestFoods.noCommands());
    }

    @Test
    void eachNewCellMeasuresItsNumbersOnceInItsShownFont(FxRobot robot) {
        long before = AmountCell.MEASUREMENTS.sum();
        robot.interact(() -> {
            Scene scene = new Scene(view, 1280, 800);
            // A text size other than JavaFX's default, so a cell's font changes when it is styled.
            view.setStyle("-fx-font-size: 21px;");
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<AmountCell> filled = view.lookupAll(".amount-cell").stream().map(n -> (AmountCell) n)
                .filter(c -> !c.isEmpty() && c.getText() != null && c.isVisible()).toList();
        assertTrue(filled.size() >= 5, "too few amount cells shown: " + filled.size());
        // At most each shown cell once; JavaFX fills a hidden row as well to measure row heights (a few more).
        // Measured in the default font first as well, it was three times as many.
        long measured = AmountCell.MEASUREMENTS.sum() - before;
        assertTrue(measured < 1.5 * filled.size(),
                measured + " measurements of " + filled.size() + " filled amount cells");
        for (TableCell<?, ?> cell : filled) {
            assertEquals(21, cell.getFont().getSize(), 0.0);
            assertTrue(cell.getTableColumn().getMinWidth() >= Unbreakable.minWidth(cell),
                    "a column narrower than its widest number: " + cell.getText());
        }
    }
}
