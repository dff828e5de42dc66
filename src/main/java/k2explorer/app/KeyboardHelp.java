package k2explorer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import k2explorer.i18n.Messages;

/** Help → Keyboard shortcuts: every view and action reachable from the keyboard. */
final class KeyboardHelp {
    /** How many shortcut lines the bundle holds (keyboard.N.keys / keyboard.N.what). */
    static final int COUNT = 21;
    private static final double WIDTH_EMS = 46;
    private static final double SCREEN_SHARE = 0.85;

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
            keys.setWrapText(true);
            keys.setMinHeight(Region.USE_PREF_SIZE);
            Label what = new Label(shortcuts().get(i)[1]);
            what.setWrapText(true);
            what.getStyleClass().add("shortcut-what");
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(i, keys, what);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.get("menu.help.keyboard"));
        alert.setHeaderText(Messages.get("keyboard.header"));
        // Every line in view at any text size: the dialog is as tall as its list, and the list scrolls only when
        // the screen is shorter than that.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(true);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.getDialogPane().setId("keyboardHelp");
        alert.getDialogPane().getStylesheets().add(Themes.APP_STYLESHEET);
        alert.initOwner(owner);
        // Wide enough for the two columns at the text size in use; no taller than most of the screen (the list
        // scrolls then).
        alert.setOnShown(e -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double em = ((Label) grid.getChildren().get(0)).getFont().getSize();
            alert.setWidth(Math.min(screen.getWidth() * SCREEN_SHARE, WIDTH_EMS * em));
            if (alert.getHeight() > screen.getHeight() * SCREEN_SHARE) {
                alert.setHeight(screen.getHeight() * SCREEN_SHARE);
            }
            alert.setY(Math.max(screen.getMinY(), alert.getY()));
        });
        alert.show();
        return alert;
    }
}
