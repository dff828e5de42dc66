package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import k2explorer.app.TestApp;
import k2explorer.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The empty Foods table tells why it is empty: the catalog is still being read (start-up shows the window before
 * the catalog is in), it could not be read, or no food matches — it never says "no foods match" while the catalog
 * is still on its way.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyTableNoteUiTest {
    private FoodsViewModel model;

    @Start
    void start(Stage stage) {
        model = new TestApp().models().foods();
        FoodsView view = new FoodsView(model, List.of(), () -> { }, TestFoods.noCommands());
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @Test
    void theEmptyTableSaysWhetherTheCatalogIsReadUnreadableOrUnmatched(FxRobot robot) {
        Label note = robot.lookup("#foodsEmptyNote").queryAs(Label.class);
        assertTrue(note.isVisible() && note.getScene() != null, "the empty table's note is shown");
        assertEquals(Messages.get("foods.catalog.reading"), note.getText());

        robot.interact(model::catalogUnreadable);
        assertEquals(Messages.get("foods.catalog.unreadable"), note.getText());

        robot.interact(() -> model.setCatalog(TestFoods.catalog()));
        assertFalse(model.catalogUnreadableProperty().get(), "a shown catalog is not unreadable");
        robot.interact(() -> model.queryProperty().set("zzzz no such food qqqq"));
        assertTrue(model.visibleRows().isEmpty(), "nothing matches");
        assertEquals(Messages.get("foods.no.foods.match.the.search"), note.getText());

        // Start-up's failure after a catalog is shown (a later re-read) does not hide the shown foods' reason.
        robot.interact(model::catalogUnreadable);
        assertEquals(Messages.get("foods.no.foods.match.the.search"), note.getText());
    }
}
