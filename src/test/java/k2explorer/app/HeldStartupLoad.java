package k2explorer.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real start-up load, begun early as the app begins it, but held back at one step until the test releases it:
 * for tests of the window while the catalog is still loading (a first start, a slow disk). A catalog read before
 * the window is shown goes into it at once ({@link AppContext#start}), so such a test cannot rely on the load being
 * slower than the window.
 */
final class HeldStartupLoad {
    private static final long LONGEST_HOLD_SECONDS = 120;

    private HeldStartupLoad() {
    }

    /** Reads the settings and asks {@code desktopTheme}, then waits for {@code release} before the catalog. */
    static StartupLoad afterTheSettings(Path dataDir, CountDownLatch release,
                                        Callable<Boolean> desktopTheme) {
        return StartupLoad.begin(dataDir, (dir, progress, settingsRead) -> Startup.load(dir, progress, saved -> {
            settingsRead.accept(saved);
            await(release);
        }), desktopTheme);
    }

    /** Waits for {@code release} before it reads anything. */
    static StartupLoad beforeEverything(Path dataDir, CountDownLatch release) {
        return StartupLoad.begin(dataDir, (dir, progress, settingsRead) -> {
            await(release);
            return Startup.load(dir, progress, settingsRead);
        }, () -> false);
    }

    private static void await(CountDownLatch release) {
        try {
            if (!release.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the start-up load");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
