package k2explorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.mine.UserDataService;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.foods.FoodsViewModel;

/**
 * Everything start-up loads from disk: the catalog (built on first start), the user's library and the catalog
 * with their foods merged in (once), the Foods table the view-model prepares from it, the learn panels and the saved
 * settings. {@link StartupLoad} runs it, begun by the app once its first window shows, so the catalog is read while
 * the full window is being built.
 */
public record Startup(Path dataDirectory, OpenedCatalog catalog, UserDataService.Opening library,
                      FoodsViewModel.Prepared foods, LearnPanels learn, Map<String, String> settings,
                      String settingsProblem, CatalogException catalogProblem) {
    /** Where the progress bar stands when the catalog is open and the user's data comes next. */
    private static final double USER_DATA_PROGRESS = 0.95;

    /** Loads everything; long work, never on the FX thread. */
    public static Startup load(Path dataDirectory, ProgressListener progress) {
        return load(dataDirectory, progress, saved -> { });
    }

    /**
     * Loads everything, handing the saved settings to {@code settingsRead} as soon as they are read (first, before
     * the catalog), so the window can be built with the user's look and size; long work, never on the FX thread.
     */
    static Startup load(Path dataDirectory, ProgressListener progress,
                        java.util.function.Consumer<Map<String, String>> settingsRead) {
        Map<String, String> settings = Map.of();
        String problem = null;
        try {
            settings = new SettingsFile(dataDirectory).load();
        } catch (IOException e) {
            problem = e.getMessage();
        }
        settingsRead.accept(settings);
        // After the settings (deleting files can be slow): the window gets the user's look for its first style pass.
        k2explorer.storage.StaleFiles.clean(dataDirectory);
        CatalogStore store = new CatalogStore(dataDirectory, BundledData.load());
        OpenedCatalog opened;
        CatalogException catalogProblem = null;
        try {
            opened = store.open(progress);
        } catch (CatalogException e) {
            // The user's own foods and plans do not depend on the catalog: open them whatever it does.
            catalogProblem = e;
            opened = OpenedCatalog.unavailable(store.file());
        }
        progress.progress(USER_DATA_PROGRESS, Messages.get("startup.openingUserData"));
        UserDataService.Opening library = UserDataService.open(dataDirectory, opened.catalog());
        // The family rows only if the saved settings show or compare them: else made after the first frame.
        return new Startup(dataDirectory, opened, library, FoodsViewModel.prepare(library.contents().catalog(),
                SettingsKeys.needFamilyRows(settings)), LearnPanels.load(), settings, problem, catalogProblem);
    }
}
