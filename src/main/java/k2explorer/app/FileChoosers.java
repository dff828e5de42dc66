package k2explorer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The window's file choosers: where to save an export or backup, which file to import or restore (FX thread). */
final class FileChoosers {
    private FileChoosers() {
    }

    /** Asks where to save, then hands the path to {@code save}; nothing when the user cancels. */
    static void saveFile(Stage owner, String title, String initialName, String filterLabel, String pattern,
                         Consumer<Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, pattern));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            save.accept(file.toPath());
        }
    }

    /** Asks for a file to open; null when the user cancels. */
    static Path openFile(Stage owner, String title, String filterLabel, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, patterns));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }
}
