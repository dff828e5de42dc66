package k2explorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The app's yes/no questions, asked the same way everywhere. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks and waits; true when the user agrees. */
    public static boolean confirm(Window owner, String header, String message) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        ask.setTitle("K2 Explorer");
        ask.setHeaderText(header);
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.getDialogPane().setPrefWidth(520);
        return ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
