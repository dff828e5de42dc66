package k2explorer.app;

import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import k2explorer.bench.BenchmarkProbe;
import k2explorer.i18n.Messages;
import k2explorer.storage.AppDirectories;
import k2explorer.ui.Themes;
import k2explorer.ui.async.FxUiExecutor;

/** The JavaFX application: builds the composition root, shows the window and starts loading. */
public final class K2App extends Application {
    /** The icon sizes bundled (window title bars, task bars and alt-tab lists pick the nearest). */
    private static final int[] ICON_SIZES = {32, 64, 256};
    private AppContext context;

    @Override
    public void start(Stage stage) {
        Themes.applyDefault();
        stage.setTitle(Messages.get("app.title"));
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(K2App.class.getResource("/k2explorer/icon/k2-explorer-" + size + ".png")
                    .toExternalForm()));
        }
        context = new AppContext(stage, AppDirectories.dataDirectory(), new FxUiExecutor(),
                url -> getHostServices().showDocument(url));
        context.start();
        if (BenchmarkProbe.enabled()) {
            BenchmarkProbe.exitOnFirstFrame(stage.getScene(),
                    () -> !context.models().foods().visibleRows().isEmpty());
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
