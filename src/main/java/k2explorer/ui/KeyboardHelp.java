package k2explorer.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every view and action reachable from the keyboard. */
final class KeyboardHelp {
    static final List<String[]> SHORTCUTS = List.of(
            new String[]{"Ctrl+1 … Ctrl+7", "Foods, Coverage chart, Compare, Learn, Studies, Claims, Day plan"},
            new String[]{"Ctrl+F or Ctrl+K", "The search box (foods, studies, claims, learn topics)"},
            new String[]{"Down or Enter in the search box", "Into the foods table"},
            new String[]{"Esc in the search box", "Clear the search"},
            new String[]{"Up, Down, Page Up/Down, Home, End", "Move through a table; Shift+Down to pick several"},
            new String[]{"Ctrl+D", "Compare the foods picked in the table"},
            new String[]{"Ctrl+N", "New food of your own (from a label)"},
            new String[]{"Ctrl+P", "Print or save a one-page summary of the view shown"},
            new String[]{"Ctrl+E", "Export the whole catalog as CSV"},
            new String[]{"Ctrl+,", "Preferences: theme, text size, chart colours"},
            new String[]{"Tab, Shift+Tab", "Next or previous control; Space or Enter activates it"},
            new String[]{"Ctrl+Tab, Ctrl+Shift+Tab", "Next or previous tab"},
            new String[]{"F10, then arrows", "The menu bar"},
            new String[]{"F1", "This list"},
            new String[]{"Ctrl+Q", "Quit"});

    private KeyboardHelp() {
    }

    static Alert show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("keyboardHelpGrid");
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label keys = new Label(SHORTCUTS.get(i)[0]);
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, keys, new Label(SHORTCUTS.get(i)[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Everything in K2 Explorer can be done from the keyboard");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("keyboardHelp");
        alert.initOwner(owner);
        alert.show();
        return alert;
    }
}
