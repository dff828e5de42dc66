package k2explorer.app;

import k2explorer.ui.common.Dialogs;
import k2explorer.ui.common.Notifier;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/** The window's side of {@link Notifier}: the status bar and message boxes; and the file choosers. */
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

    /** Asks where to save (the FileChooser needs the FX thread), then hands the path to {@code save}. */
    public void chooseSaveFile(String title, String initialName, String filterLabel, String pattern, Consumer<Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, pattern));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save.accept(file.toPath());
        }
    }

    /** Asks for a file to open; null when the user cancels. */
    public Path chooseOpenFile(String title, String filterLabel, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
        File file = chooser.showOpenDialog(stage);
        return file == null ? null : file.toPath();
    }
}
