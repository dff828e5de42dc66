package k2explorer.app;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import k2explorer.ui.appearance.ThemeChoice;
import org.testfx.api.FxRobot;

/** What a user does in Preferences from the keyboard: Ctrl+, opens it, then a theme and a text size are chosen. */
final class PreferencesByKeyboard {
    private PreferencesByKeyboard() {
    }

    /** Opens Preferences with Ctrl+, and chooses {@code theme} and {@code textPercent}; the dialog stays open. */
    @SuppressWarnings("unchecked")
    static void choose(FxRobot robot, ThemeChoice theme, int textPercent) {
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        ComboBox<ThemeChoice> themeBox = robot.lookup("#themeChoice").queryAs(ComboBox.class);
        ComboBox<Integer> textBox = robot.lookup("#fontScaleChoice").queryAs(ComboBox.class);
        robot.interact(() -> {
            themeBox.setValue(theme);
            textBox.setValue(textPercent);
        });
    }
}
