package k2explorer.app;

import javafx.scene.control.Alert;
import javafx.stage.Stage;
import k2explorer.ui.common.Dialogs;
import k2explorer.ui.common.Notifier;
import org.controlsfx.control.StatusBar;

/** The window's side of {@link Notifier}: the status bar (with start-up's progress) and message boxes. */
public final class WindowNotifier implements Notifier {
    private final Stage stage;
    private final StatusBar statusBar;

    public WindowNotifier(Stage stage, StatusBar statusBar) {
        this.stage = stage;
        this.statusBar = statusBar;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    @Override
    public void status(String text) {
        statusBar.setText(text);
    }

    /** Shows how far long work has got; a fraction below 0 means "unknown". */
    public void progress(double fraction, String message) {
        statusBar.setProgress(fraction);
        statusBar.setText(message);
    }

    public void progressDone() {
        statusBar.setProgress(0);
    }

    @Override
    public void error(String header, String message) {
        Dialogs.alert(stage, Alert.AlertType.ERROR, header, message).show();
    }

    @Override
    public void problem(String header, String message) {
        Dialogs.alert(stage, Alert.AlertType.WARNING, header, message).show();
    }
}
