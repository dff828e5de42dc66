package k2explorer.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import k2explorer.i18n.Messages;

/** The app's messages and yes/no questions, asked the same way everywhere. */
public final class Dialogs {
    /** Wide enough for a file path and a sentence without wrapping every few words. */
    private static final double MESSAGE_WIDTH = 560;

    private Dialogs() {
    }

    /** Asks and waits; true when the user agrees. */
    public static boolean confirm(Window owner, String header, String message) {
        Alert ask = alert(owner, Alert.AlertType.CONFIRMATION, header, message, ButtonType.OK, ButtonType.CANCEL);
        return ask.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /** A message box titled with the app's name; the default buttons of its type when none are given. */
    public static Alert alert(Window owner, Alert.AlertType type, String header, String message,
                              ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setPrefWidth(MESSAGE_WIDTH);
        return alert;
    }
}
