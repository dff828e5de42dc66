package k2explorer.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.stage.Stage;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.i18n.Messages;
import k2explorer.mine.UserDataService;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.async.UiExecutor;
import k2explorer.ui.foods.FoodsViewModel;
import org.controlsfx.control.StatusBar;

/**
 * The composition root: every store, view-model and the window, made once and wired by constructor. The app
 * builds it in {@link K2App#start}; the UI tests build the same one on a fresh data folder.
 */
public final class AppContext implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    private final Stage stage;
    private final StartupLoad startupLoad;
    private final Path dataDirectory;
    private final UiExecutor executor;
    private final ViewModels models;
    private final WindowExporter exports;
    private final SettingsSync settings;
    private final MainWindow window;

    /** The root the UI tests make: start-up reads {@code dataDirectory} when {@link #start} asks. */
    public AppContext(Stage stage, Path dataDirectory, UiExecutor executor, Consumer<String> linkOpener) {
        this(stage, StartupLoad.onDemand(dataDirectory), executor, linkOpener);
    }

    /** The app's root, with the start-up load the launcher may have begun before JavaFX. */
    AppContext(Stage stage, StartupLoad startupLoad, UiExecutor executor, Consumer<String> linkOpener) {
        this.stage = stage;
        this.startupLoad = startupLoad;
        this.dataDirectory = startupLoad.dataDirectory();
        this.executor = executor;
        WindowNotifier notifier = new WindowNotifier(stage, new StatusBar());
        if (executor instanceof k2explorer.ui.async.FxUiExecutor fx) {
            fx.whenResultNotShown(e -> notifier.error(Messages.get("error.resultNotShown.header"),
                    Messages.get("error.resultNotShown.text", String.valueOf(e.getMessage()))));
        }
        FoodsViewModel foods = new FoodsViewModel();
        exports = new WindowExporter(executor, notifier, foods);
        models = ViewModels.wire(foods, executor, notifier, exports);
        settings = new SettingsSync(models, stage, new SettingsFile(dataDirectory), executor, notifier);
        window = new MainWindow(stage, models, notifier, exports, linkOpener);
        // A restored backup's settings are applied only if the user says so (asked after the listener returns:
        // no nested event loop inside it).
        models.userData().setOnSettingsRestored(preferences ->
                javafx.application.Platform.runLater(() -> {
                    if (k2explorer.ui.common.Dialogs.confirm(stage,
                            Messages.get("confirm.restorePreferences.header"),
                            Messages.get("confirm.restorePreferences.text"))) {
                        settings.apply(preferences);
                    }
                }));
    }

    /**
     * Shows the window with the catalog and the user's library: in this same event when start-up has read them by
     * now (a normal start), else once their load, taken in the background, ends. The returned future completes when
     * they are shown (or failed).
     */
    public CompletableFuture<Startup> start() {
        // The window's least size: every view is laid out to fit it (NarrowWindowUiTest), so it goes no smaller.
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        // Read by now on a normal start: the window is styled and laid out once, in the user's look and size, and
        // the catalog arriving does not put them back again (the user may have changed them meanwhile).
        startupLoad.settingsReadSoFar().ifPresent(settings::restoreLook);
        // The desktop's light or dark theme, asked by start-up right after the settings: a dark desktop's window is
        // styled dark on its first pass, not light and then all again dark. Not known yet: asked in the background.
        Optional<Boolean> systemDark = startupLoad.systemDarkSoFar();
        if (systemDark.isPresent()) {
            models.appearance().systemDarkProperty().set(systemDark.get());
        } else {
            executor.run(startupLoad.desktopTheme(), dark -> models.appearance().systemDarkProperty().set(dark),
                    e -> { });
        }
        stage.setScene(window.createScene());
        stage.show();
        // Read by now on a normal start: shown in this same event, so the next pulse styles, lays out and paints the
        // full window once, with its rows, instead of a frame with an empty table first. A load still running or
        // failed is taken in the background, its progress and errors shown as they come.
        Optional<Startup> loaded = startupLoad.loadedSoFar();
        if (loaded.isPresent()) {
            return executor.showNow(loaded.get(), this::show, error -> window.catalogFailed(error, dataDirectory));
        }
        return executor.run(() -> startupLoad.take(
                (fraction, message) -> executor.onUiThread(() -> window.progress(fraction, message))),
                this::show, error -> window.catalogFailed(error, dataDirectory));
    }

    private void show(Startup startup) {
        OpenedCatalog opened = startup.catalog();
        UserDataService.Opening library = startup.library();
        models.foods().setCatalog(startup.foods());
        models.studies().setCatalog(opened.studies());
        models.claims().setCatalog(opened.catalog(), opened.studies(), startup.learn());
        settings.restoreAndWatch(startup.settings());
        window.catalogShown(opened.catalog(), opened.notice(), startup.learn(), startup.settingsProblem());
        parseLearnPanelsAfterNextFrame(startup);
        models.userData().opened(library);
        if (startup.catalogProblem() != null) {
            LOG.log(System.Logger.Level.ERROR, "Catalog could not be opened", startup.catalogProblem());
            window.catalogFailed(startup.catalogProblem(), dataDirectory);
            return;
        }
        logShownAfterNextFrame(opened, System.currentTimeMillis());
    }

    /**
     * The start-up line ("Catalog shown …") is written once the frame with the filled table is drawn, with the
     * time the catalog was shown: formatting and writing a log record (and the JVM's start time) is not needed for
     * that frame.
     */
    private void logShownAfterNextFrame(OpenedCatalog opened, long shownAtMillis) {
        NextFrame.then(stage.getScene(), () -> logCatalogShown(opened, shownAtMillis));
    }

    private static void logCatalogShown(OpenedCatalog opened, long shownAtMillis) {
        LOG.log(System.Logger.Level.INFO, "Catalog shown ({0} foods) {1} ms after JVM start{2}",
                opened.catalog().foods().size(), StartupClock.millisSinceJvmStart(shownAtMillis),
                opened.rebuilt().map(r -> "; built in " + opened.buildMillis() + " ms (" + r + ")").orElse(""));
    }

    /**
     * The learn panels come unparsed (their Markdown parser is not needed for the first frame): parsed off the FX
     * thread once the frame with the filled table is drawn, before a search or the Learn tab asks for them; then the
     * Foods table's family rows, if start-up did not make them (one thread at a time: not while the frame paints).
     */
    private void parseLearnPanelsAfterNextFrame(Startup startup) {
        NextFrame.then(stage.getScene(), () -> executor.run(() -> startup.learn().panels(), panels -> { },
                error -> LOG.log(System.Logger.Level.ERROR, "Learn panels could not be read", error))
                .whenComplete((panels, error) -> executor.onUiThread(this::makeShownFamilyRows)));
    }

    /**
     * The family rows of the table shown by now (the user's foods may have replaced start-up's table, which then
     * needs none), made in the background.
     */
    private void makeShownFamilyRows() {
        k2explorer.ui.foods.FoodTable shown = models.foods().table();
        if (shown != null) {
            executor.run(shown::familyRows, rows -> { },
                    e -> LOG.log(System.Logger.Level.ERROR, "Family rows could not be made", e));
        }
    }

    public ViewModels models() {
        return models;
    }

    public MainWindow window() {
        return window;
    }

    public WindowExporter exports() {
        return exports;
    }

    public UiExecutor executor() {
        return executor;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The user's library, or null before start-up opened it. */
    public UserDataService library() {
        return models.userData().library();
    }

    /** Finishes saves already asked for, then closes the user data file (and releases its lock). */
    @Override
    public void close() {
        settings.close();
        executor.close();
        if (library() != null) {
            library().close();
        }
    }
}
