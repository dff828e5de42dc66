package k2explorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only (docs/performance.md): with -Dk2explorer.benchmark=first-frame the app prints the
 * time from JVM start to the first frame that shows its content, and its resident memory, then exits.
 */
public final class StartupProbe {
    public static final String PROPERTY = "k2explorer.benchmark";
    public static final String LINE_PREFIX = "K2BENCH";

    private StartupProbe() {
    }

    public static boolean enabled() {
        return "first-frame".equals(System.getProperty(PROPERTY));
    }

    /** Prints the time from JVM start to now, called once the first frame (whatever it shows) is on its way. */
    public static void printFirstVisibleFrame() {
        System.out.println(LINE_PREFIX + " first-visible-ms=" + StartupClock.millisSinceJvmStart());
        System.out.flush();
    }

    /** Once {@code ready} holds after a layout pass, reports and exits. */
    public static void exitOnFirstFrame(Scene scene, BooleanSupplier ready) {
        // Let this frame reach the screen, then measure.
        NextFrame.once(scene, ready, () -> {
            long millis = StartupClock.millisSinceJvmStart();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.println(LINE_PREFIX + " first-frame-ms=" + millis + " rss-kb=" + residentKb()
                    + " heap-used-kb=" + (rt.totalMemory() - rt.freeMemory()) / 1024
                    + " heap-committed-kb=" + rt.totalMemory() / 1024);
            System.out.flush();
            Platform.exit();
        });
    }

    /** Resident set size from /proc (Linux); -1 where it is not available. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
