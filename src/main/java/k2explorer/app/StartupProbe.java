package k2explorer.app;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only (docs/performance.md): with -Dk2explorer.benchmark=first-frame the app prints the
 * time from JVM start to the first frame that shows its content, and its resident memory, then exits. With the first
 * full frame it also prints the garbage collections before it (count, of them full, total pause time) and the
 * process's CPU time until then (all threads), figures the machine's load hardly changes.
 */
public final class StartupProbe {
    public static final String PROPERTY = "k2explorer.benchmark";
    public static final String LINE_PREFIX = "K2BENCH";

    /** The FX thread's CPU time (ns) when the full window began to be made, and what making and showing it took. */
    private static long windowBegan = -1;
    private static long windowMillis = -1;

    private StartupProbe() {
    }

    /** Called on the FX thread as the full window begins to be made (the composition root, its views). */
    static void windowBegins() {
        windowBegan = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Called on the FX thread once the full window is shown (its first style and layout pass done): the FX thread's
     * CPU time since {@link #windowBegins}, printed with the first full frame as window-fx-cpu-ms.
     */
    static void windowShown() {
        if (windowBegan >= 0) {
            windowMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - windowBegan) / 1_000_000;
        }
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
            long cpuMillis = processCpuMillis();
            String collections = collectionsSoFar();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.println(LINE_PREFIX + " first-frame-ms=" + millis + " rss-kb=" + residentKb()
                    + " heap-used-kb=" + (rt.totalMemory() - rt.freeMemory()) / 1024
                    + " heap-committed-kb=" + rt.totalMemory() / 1024
                    + " " + collections + " cpu-ms=" + cpuMillis
                    + " gc-thread-cpu-ms=" + threadCpuMillis("VM Thread")
                    + " jit-cpu-ms=" + threadCpuMillis("C1 CompilerThre", "C2 CompilerThre")
                    + " fx-cpu-ms=" + threadCpuMillis("JavaFX Applicat")
                    + " window-fx-cpu-ms=" + windowMillis
                    + " nodes=" + NodeCount.of(scene.getRoot()).total());
            if (Boolean.getBoolean(PROPERTY + ".nodes")) {
                System.out.println(LINE_PREFIX + " node-types " + NodeCount.of(scene.getRoot()));
            }
            System.out.flush();
            exitAfterHold();
        });
    }

    /**
     * Exits now, or with -Dk2explorer.benchmark.holdSeconds=N after N seconds (the process idle meanwhile), so that
     * its memory can be inspected from outside (jcmd VM.native_memory, /proc/PID/smaps_rollup).
     */
    private static void exitAfterHold() {
        long seconds = Long.getLong(PROPERTY + ".holdSeconds", 0L);
        if (seconds <= 0) {
            Platform.exit();
            return;
        }
        System.out.println(LINE_PREFIX + " hold pid=" + ProcessHandle.current().pid() + " seconds=" + seconds);
        System.out.flush();
        Thread hold = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.exit();
        }, "k2-benchmark-hold");
        hold.setDaemon(true);
        hold.start();
    }

    /**
     * The collections so far: "gc-pauses=N gc-full=M gc-ms=T" (full = a collector that also collects the old
     * generation: Serial's MarkSweepCompact, Parallel's PS MarkSweep, G1's Old Generation).
     */
    static String collectionsSoFar() {
        long pauses = 0;
        long full = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            long count = Math.max(0, collector.getCollectionCount());
            pauses += count;
            millis += Math.max(0, collector.getCollectionTime());
            String name = collector.getName();
            if (name.contains("MarkSweep") || name.contains("Old")) {
                full += count;
            }
        }
        return "gc-pauses=" + pauses + " gc-full=" + full + " gc-ms=" + millis;
    }

    /** CPU time of the whole process (every thread) so far; -1 where the JVM does not tell it. */
    static long processCpuMillis() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                long nanos = os.getProcessCpuTime();
                return nanos < 0 ? -1 : nanos / 1_000_000;
            }
        } catch (LinkageError e) {
            return -1; // a runtime without the jdk.management module
        }
        return -1;
    }

    /**
     * CPU time (user + system) of the JVM's own threads whose name starts with one of {@code names}, from
     * /proc/self/task (Linux; -1 elsewhere); the serial collector works on the "VM Thread", the JIT compilers on
     * "C1/C2 CompilerThread…" (the kernel keeps 15 characters of a thread's name).
     */
    static long threadCpuMillis(String... names) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = Files.readString(task.resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                if (java.util.Arrays.stream(names).anyMatch(name::startsWith)) {
                    // after the name: state is field 3, utime field 14, stime field 15
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return ticks * 10; // USER_HZ is 100 on Linux
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
