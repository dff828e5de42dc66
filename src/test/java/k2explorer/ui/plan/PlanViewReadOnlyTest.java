package k2explorer.ui.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import k2explorer.app.TestApp;
import k2explorer.mine.plans.DayPlan;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A Day plan opened while start-up is still opening the user's data becomes usable once the data is open. */
@ExtendWith(ApplicationExtension.class)
class PlanViewReadOnlyTest {
    private final SimpleBooleanProperty readOnly = new SimpleBooleanProperty(true);

    @Start
    void start(Stage stage) {
        TestApp app = new TestApp().showing(TestFoods.catalog());
        stage.setScene(new Scene(new PlanView(app.models().plan(), app.models().foods(), new PlanView.Commands() {
            @Override
            public void save() {
            }

            @Override
            public void delete(DayPlan p) {
            }
        }, readOnly), 900, 600));
        stage.show();
    }

    @Test
    void savingFollowsWhetherTheDataCanBeWritten(FxRobot robot) {
        Button save = robot.lookup("#planSaveButton").queryButton();
        Button newPlan = robot.lookup("#planNewButton").queryButton();
        assertTrue(save.isDisabled() && newPlan.isDisabled(), "read-only while the data is being opened");
        robot.interact(() -> readOnly.set(false));
        assertFalse(save.isDisabled() || newPlan.isDisabled(), "usable once the data is open");
        robot.interact(() -> readOnly.set(true));
        assertTrue(save.isDisabled());
    }
}
