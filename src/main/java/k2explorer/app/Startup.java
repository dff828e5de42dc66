package k2explorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.mine.UserDataService;
import k2explorer.mine.store.PreferencesFile;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;

/**
 * Everything start-up loads from disk: the catalog (built on first start), the user's library and the catalog
 * with their foods merged in (once), its table rows, the learn panels and the saved settings. The app starts it
 * once its first window shows, so the catalog is read while the full window is being built.
 */
public record Startup(Path dataDirectory, OpenedCatalog catalog, UserDataService.Opening library, List<FoodRow> rows,
                      LearnPanels learn, Map<String, String> settings, String settingsProblem,
                      CatalogException catalogProblem) {
    /** Where the progress bar stands when the catalog is open and the user's data comes next. */
    private static final double USER_DATA_PROGRESS = 0.95;

    private static volatile CompletableFuture<Startup> early;
    private static final ForwardingProgress EARLY_PROGRESS = new ForwardingProgress();

    /** Loads everything; long work, never on the FX thread. */
    public static Startup load(Path dataDirectory, ProgressListener progress) {
        k2explorer.storage.StaleFiles.clean(dataDirectory);
        Map<String, String> settings = Map.of();
        String problem = null;
        try {
            settings = new PreferencesFile(dataDirectory).load();
        } catch (IOException e) {
            problem = e.getMessage();
        }
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
        return new Startup(dataDirectory, opened, library, FoodsViewModel.rowsOf(library.contents().catalog()), LearnPanels.load(),
                settings, problem, catalogProblem);
    }

    /** Starts loading on a background thread right away (called once the first window shows). */
    public static void beginEarly(Path dataDirectory) {
        CompletableFuture<Startup> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(load(dataDirectory, EARLY_PROGRESS));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "k2-startup");
        t.setDaemon(true);
        t.start();
        early = future;
    }

    /** The early load for this data folder if one was started, else a load now; reports to {@code progress}. */
    static Startup takeEarlyOrLoad(Path dataDirectory, ProgressListener progress) throws Exception {
        CompletableFuture<Startup> future = early;
        early = null;
        if (future != null) {
            EARLY_PROGRESS.forwardTo(progress);
            Startup loaded;
            try {
                loaded = future.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            if (loaded.dataDirectory().equals(dataDirectory)) {
                return loaded;
            }
            loaded.library().library().close();
        }
        return load(dataDirectory, progress);
    }

    /** Holds progress reported before anyone listens, and passes it on once someone does. */
    private static final class ForwardingProgress implements ProgressListener {
        private ProgressListener target;
        private double lastFraction = -1;
        private String lastMessage;

        @Override
        public synchronized void progress(double fraction, String message) {
            lastFraction = fraction;
            lastMessage = message;
            if (target != null) {
                target.progress(fraction, message);
            }
        }

        synchronized void forwardTo(ProgressListener listener) {
            target = listener;
            if (lastMessage != null) {
                listener.progress(lastFraction, lastMessage);
            }
        }
    }
}
