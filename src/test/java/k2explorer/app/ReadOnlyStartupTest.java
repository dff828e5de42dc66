package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import k2explorer.UsLocale;
import k2explorer.mine.store.UserDataStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Another window holds the user's file: this one opens it read-only, says so, and offers no saving. */
@ExtendWith(UsLocale.class)
class ReadOnlyStartupTest extends AppWindowTest {
    private UserDataStore otherWindow;

    @Override
    protected void beforeStart() throws Exception {
        otherWindow = UserDataStore.open(dataDir).store();
    }

    @AfterEach
    void closeTheOtherWindow() {
        otherWindow.close();
    }

    @Test
    void theDayPlanCannotBeSavedAndAddingAFoodExplainsWhy(FxRobot robot) {
        assertTrue(context.models().userData().readOnlyProperty().get());
        robot.lookup(".dialog-pane").queryAll().forEach(pane -> robot.interact(() -> pane.getScene().getWindow()
                .hide()));
        robot.clickOn("#planTab");
        assertTrue(robot.lookup("#planSaveButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#planNewButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#foodsTable").push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane problem = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(problem.getHeaderText().contains("read-only"), problem.getHeaderText());
        assertTrue(robot.lookup("#myFoodDialog").tryQuery().isEmpty(), "no editor for a read-only file");
    }
}
