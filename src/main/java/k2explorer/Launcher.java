package k2explorer;

import javafx.application.Application;
import k2explorer.app.K2App;
import k2explorer.app.Startup;
import k2explorer.cli.CommandLine;
import k2explorer.storage.AppDirectories;

/**
 * Entry point. With command-line options it works without a window (e.g. {@code --export-catalog FILE.csv});
 * without options it starts the desktop app. A plain main class lets the app run from the class path as well.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isHeadless(args)) {
            System.exit(CommandLine.runOnConsole(args));
        }
        // Read the catalog while JavaFX starts: the two take about as long as each other.
        Startup.beginEarly(AppDirectories.dataDirectory());
        Application.launch(K2App.class, args);
    }

}
