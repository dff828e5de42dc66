package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Views with nothing in them yet say so once, and draw no empty chart. */
@ExtendWith({ApplicationExtension.class, k2explorer.UsLocale.class})
class EmptyStatesUiTest extends AppWindowTest {
    @Test
    void compareWithNoFoodsShowsOneSentenceAndNoChart(FxRobot robot) {
        robot.interact(() -> compare().clear());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compareEmpty").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#compareChart").tryQuery().isEmpty(), "no empty 0–125 µg chart");
        assertEquals("", robot.lookup("#compareMessage").queryAs(Label.class).getText(), "said once, not twice");
    }

    @Test
    void aWeekWithoutPlansIsSaidOnceWithoutAChart(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No dated plans in this week.", robot.lookup("#weeklyK1Summary").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#weeklyK1Chart").query().isVisible());
    }
}
