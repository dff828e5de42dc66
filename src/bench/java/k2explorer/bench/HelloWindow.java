package k2explorer.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import k2explorer.app.StartupProbe;

/** The baseline of the start-up benchmark: a bare JavaFX window with one label, started the same way as the app. */
public final class HelloWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1360, 820);
        stage.setScene(scene);
        stage.setTitle("Hello");
        stage.show();
        if (StartupProbe.enabled()) {
            StartupProbe.exitOnFirstFrame(scene, () -> true);
        }
    }

    /** A plain main class, so JavaFX can start from the class path (as the app's Launcher does). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(HelloWindow.class, args);
        }
    }
}
