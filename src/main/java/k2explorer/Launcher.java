package k2explorer;

import k2explorer.app.K2App;
import javafx.application.Application;
import k2explorer.cli.CommandLine;

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
        Application.launch(K2App.class, args);
    }

}
