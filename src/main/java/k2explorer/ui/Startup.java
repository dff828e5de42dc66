package k2explorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.build.BundledData;
import k2explorer.catalog.build.CatalogStore;
import k2explorer.catalog.build.OpenedCatalog;
import k2explorer.catalog.build.ProgressListener;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.userdata.DayPlan;
import k2explorer.userdata.MyFood;
import k2explorer.userdata.MyFoods;
import k2explorer.userdata.Plans;
import k2explorer.userdata.PreferencesFile;
import k2explorer.userdata.UserDataException;
import k2explorer.userdata.UserDataStore;

/**
 * Everything start-up loads from disk: the catalog (built on first start), its table rows, the learn panels and the
 * saved settings.
 * The launcher starts it before JavaFX, so the catalog is read while the toolkit and the window are being set up.
 */
public record Startup(OpenedCatalog catalog, List<FoodRow> rows, LearnPanels learn, Map<String, String> settings,
                      String settingsProblem, UserData userData) {

    /** The user's own data as opened: the store (null if it could not be opened at all) and what to tell them. */
    public record UserData(UserDataStore store, UserDataStore.Status status, String message, List<MyFood> myFoods,
                           List<DayPlan> plans) {

        static UserData open(Path dataDirectory) {
            try {
                UserDataStore.Opened opened = UserDataStore.open(dataDirectory);
                UserDataStore store = opened.store();
                return new UserData(store, opened.status(), opened.message(), new MyFoods(store).all(),
                        new Plans(store).all());
            } catch (UserDataException e) {
                return new UserData(null, null, Messages.get("startup.userDataUnavailable", e.getMessage()), List.of(),
                        List.of());
            }
        }

        /** The catalog with the user's foods added. */
        public Catalog merge(Catalog base) {
            return base.withFoods(myFoods.stream().map(MyFood::toCatalogFood).toList(),
                    myFoods.stream().map(MyFood::source).toList());
        }
    }

    private static volatile CompletableFuture<Startup> early;
    private static final ForwardingProgress EARLY_PROGRESS = new ForwardingProgress();

    /** Loads everything; long work, never on the FX thread. */
    public static Startup load(Path dataDirectory, ProgressListener progress) {
        Map<String, String> settings = Map.of();
        String problem = null;
        try {
            settings = new PreferencesFile(dataDirectory).load();
        } catch (IOException e) {
            problem = e.getMessage();
        }
        OpenedCatalog opened = new CatalogStore(dataDirectory, BundledData.load()).open(progress);
        progress.progress(0.95, Messages.get("startup.openingUserData"));
        UserData userData = UserData.open(dataDirectory);
        return new Startup(opened, FoodsViewModel.rowsOf(userData.merge(opened.catalog())), LearnPanels.load(),
                settings, problem, userData);
    }

    /** Starts loading on a background thread right away (called by the launcher before JavaFX starts). */
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

    /** Takes the early load for this data folder if one was started, reporting its progress to {@code progress}. */
    static CompletableFuture<Startup> takeEarly(Path dataDirectory, ProgressListener progress) {
        CompletableFuture<Startup> future = early;
        early = null;
        if (future == null) {
            return null;
        }
        EARLY_PROGRESS.forwardTo(progress);
        return future.thenApply(s -> s.catalog().file().getParent().equals(dataDirectory) ? s : null);
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
