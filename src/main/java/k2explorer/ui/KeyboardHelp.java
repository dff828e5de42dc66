package k2explorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import k2explorer.i18n.Messages;

/** Help → Keyboard shortcuts: every view and action reachable from the keyboard. */
final class KeyboardHelp {
    /** How many shortcut lines the bundle holds (keyboard.N.keys / keyboard.N.what). */
    static final int COUNT = 15;

    static List<String[]> shortcuts() {
        List<String[]> all = new ArrayList<>();
        for (int i = 1; i <= COUNT; i++) {
            all.add(new String[]{Messages.get("keyboard." + i + ".keys"), Messages.get("keyboard." + i + ".what")});
        }
        return all;
    }

    private KeyboardHelp() {
    }

    static Alert show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("keyboardHelpGrid");
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < shortcuts().size(); i++) {
            Label keys = new Label(shortcuts().get(i)[0]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(shortcuts().get(i)[1]);
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(i, keys, what);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.get("menu.help.keyboard"));
        alert.setHeaderText(Messages.get("keyboard.header"));
        // Every line in view at any text size: the dialog is as tall as its list.
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.getDialogPane().setId("keyboardHelp");
        alert.getDialogPane().getStylesheets().add(Themes.APP_STYLESHEET);
        alert.initOwner(owner);
        alert.show();
        return alert;
    }
}
