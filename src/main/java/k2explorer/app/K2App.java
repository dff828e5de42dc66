package k2explorer.app;

import javafx.application.Application;
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
        NextFrame.then(first, () -> {
            if (StartupProbe.enabled()) {
                StartupProbe.printFirstVisibleFrame();
                StartupProbe.windowBegins();
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
                StartupProbe.windowShown();
                StartupProbe.exitOnFirstFrame(stage.getScene(),
                        () -> !context.models().foods().visibleRows().isEmpty());
            }
        });
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
