package k2explorer.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import k2explorer.i18n.Messages;
import org.controlsfx.control.StatusBar;

/**
 * How the window talks back: the status bar, error and warning dialogs, file choosers, and file or database work
 * run in the background with its outcome reported. Shared by the main window and its action classes.
 */
final class Feedback {
    private final Stage stage;
    private final BackgroundWork background;
    private final StatusBar statusBar;

    Feedback(Stage stage, BackgroundWork background, StatusBar statusBar) {
        this.stage = stage;
        this.background = background;
        this.statusBar = statusBar;
    }

    Stage stage() {
        return stage;
    }

    void status(String text) {
        statusBar.setText(text);
    }

    void error(String header, String message) {
        dialog(Alert.AlertType.ERROR, header, message);
    }

    void problem(String header, String message) {
        dialog(Alert.AlertType.WARNING, header, message);
    }

    private void dialog(Alert.AlertType type, String header, String message) {
        Platform.runLater(() -> {
            Alert alert = new Alert(type, message);
            alert.setTitle("K2 Explorer");
            alert.setHeaderText(header);
            alert.initOwner(stage);
            alert.getDialogPane().setPrefWidth(560);
            alert.show();
        });
    }

    /** Asks where to save (the FileChooser needs the FX thread), then hands the path to {@code save}. */
    void chooseSaveFile(String title, String initialName, String filterLabel, String pattern, Consumer<Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, pattern));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save.accept(file.toPath());
        }
    }

    /** Asks for a file to open; null when the user cancels. */
    Path chooseOpenFile(String title, String filterLabel, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
        java.io.File file = chooser.showOpenDialog(stage);
        return file == null ? null : file.toPath();
    }

    /** Writes a file in the background; success goes to the status bar, failure to an error naming the file. */
    <T> Task<T> runExport(Path target, Callable<T> work, Function<T, String> done) {
        Task<T> task = task(work);
        task.setOnSucceeded(e -> status(done.apply(task.getValue())));
        task.setOnFailed(e -> error(Messages.get("error.export.header"), "Could not write " + target + ":\n"
                + task.getException().getMessage()));
        return background.run(task);
    }

    /** Runs user-data work after earlier writes, in order; success on the FX thread, failure as an error. */
    <T> Task<T> inOrder(Callable<T> work, String failure, Consumer<T> done) {
        Task<T> task = task(work);
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> error(failure, task.getException().getMessage()));
        return background.runInOrder(task);
    }

    private static <T> Task<T> task(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }
}
