package k2explorer.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import k2explorer.i18n.Messages;
import k2explorer.storage.AppDirectories;
import k2explorer.ui.async.FxUiExecutor;

/** The JavaFX application: builds the composition root, shows the window and starts loading. */
public final class K2App extends Application {
    /** The icon sizes bundled (window title bars, task bars and alt-tab lists pick the nearest). */
    private static final int[] ICON_SIZES = {32, 64, 256};
    private AppContext context;

    @Override
    public void start(Stage stage) {
        // A window shows at once with the theme and a line of text; the full window replaces it on the next pulse,
        // so the user sees the app open in about the time a bare JavaFX window takes.
        Themes.applyDefault();
        stage.setTitle(Messages.get("app.title"));
        Dimension2D size = MainWindow.firstSize();
        Label opening = new Label(Messages.get("status.starting"));
        Scene first = new Scene(new StackPane(opening), size.getWidth(), size.getHeight());
        stage.setScene(first);
        stage.show();
        afterFirstPulse(first, () -> {
            if (StartupProbe.enabled()) {
                StartupProbe.printFirstVisibleFrame();
            }
            // The catalog is read while the full window is built; begun any earlier (before JavaFX starts), the read
            // competes with the toolkit's start and the first window shows ~0.5 s later (docs/performance.md).
            StartupLoad load = StartupLoad.begin(AppDirectories.dataDirectory());
            // decoded on JavaFX's image-loading thread, not on the FX thread while the full window is built
            for (int pixels : ICON_SIZES) {
                stage.getIcons().add(new Image(K2App.class.getResource("/k2explorer/icon/k2-explorer-" + pixels + ".png")
                        .toExternalForm(), true));
            }
            context = new AppContext(stage, load, new FxUiExecutor(),
                    url -> getHostServices().showDocument(url));
            context.start();
            if (StartupProbe.enabled()) {
                StartupProbe.exitOnFirstFrame(stage.getScene(),
                        () -> !context.models().foods().visibleRows().isEmpty());
            }
        });
    }

    /** Runs {@code work} once the scene's first frame has been laid out and handed to the renderer. */
    private static void afterFirstPulse(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
