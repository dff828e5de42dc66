package k2explorer.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import k2explorer.storage.AppDirectories;

/** The JavaFX application: wires the main window and starts loading the catalog. */
public final class K2App extends Application {
    private BackgroundWork background;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Themes.applyDefault();
        background = new BackgroundWork();
        window = new MainWindow(stage, AppDirectories.dataDirectory(), background,
                url -> getHostServices().showDocument(url));
        stage.setTitle("K2 Explorer — vitamin K1 and K2 in foods");
        for (int size : new int[]{32, 64, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(K2App.class.getResource(
                    "/k2explorer/icon/k2-explorer-" + size + ".png").toExternalForm()));
        }
        stage.setScene(window.createScene());
        stage.show();
        window.loadCatalog();
        if (BenchmarkProbe.enabled()) {
            BenchmarkProbe.exitOnFirstFrame(stage.getScene(), () -> !window.foods().visibleRows().isEmpty());
        }
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (window != null) {
            window.shutdown();
        }
    }
}
