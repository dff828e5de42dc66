package k2explorer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import k2explorer.app.StartupProbe;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.install.AppImageLaunch;
import k2explorer.install.ClassDataArchive;
import k2explorer.packaging.RunClassDataArchive;

/**
 * Start-up time and resident memory of the app (catalog already built) against a bare JavaFX window started the
 * same way, alternating, in fresh JVMs. Arguments: [runs (default 7)] [monocle|display|image (default monocle)]
 * [classes: also count the classes each loads before its first full frame] [table: also start a bare TableView
 * of the same rows ({@link FloorWindow}, the interaction benchmark's floor) and report the app against it — what any
 * TableView of these rows costs, beside the floor].
 * "monocle" starts both from the build's class path (as mvn javafx:run) and renders headless in software;
 * "display" does the same with real windows (run under xvfb-run or on a desktop); "image" starts both with the app
 * image's runtime, options and class path (build it first: mvn -Papp-image package), headless (the bare window,
 * with the benchmark's classes appended to that class path, maps the app's class-data archive as well — the JVM
 * accepts a class path that extends the archived one — as a bare window packaged the same way would map its own);
 * "run" starts both as mvn javafx:run does (JavaFX on the module path, its access options and its class-data archive when
 * mvn -Prun-archive process-classes made one), with real windows (run it under xvfb-run or on a desktop).
 */
public final class StartupBench {
    private static final Pattern LINE = Pattern.compile(StartupProbe.LINE_PREFIX
            + " first-frame-ms=(\\d+) rss-kb=(-?\\d+) heap-used-kb=(\\d+)");
    private static final Pattern FIRST_VISIBLE = Pattern.compile(StartupProbe.LINE_PREFIX
            + " first-visible-ms=(\\d+)");
    /** The load-insensitive figures the probe adds to its first-frame line (absent from an older build's line). */
    private static final Pattern WORK = Pattern.compile(StartupProbe.LINE_PREFIX
            + " first-frame-ms=.* gc-pauses=(\\d+) gc-full=(\\d+) gc-ms=(\\d+) cpu-ms=(-?\\d+)"
            + "(?: gc-thread-cpu-ms=(-?\\d+) jit-cpu-ms=(-?\\d+))?"
            + "(?: fx-cpu-ms=(-?\\d+))?");
    private static final String APP = "k2explorer.Launcher";
    private static final String HELLO = HelloWindow.Main.class.getName();
    private static final String TABLE = FloorWindow.Main.class.getName();

    /**
     * Times are since JVM start; the first visible frame equals the first full frame for the bare window. The
     * collections (count, full ones, pause time) and the process's CPU time are up to the first full frame; -1
     * where the probe did not report them.
     */
    private record Sample(long wallMs, long sinceJvmStartMs, long firstVisibleMs, long rssKb, long heapKb,
                          long gcPauses, long gcFull, long gcMs, long cpuMs, long gcCpuMs, long jitCpuMs,
                          long fxCpuMs) {
    }

    /** How both programs are started: from the build's class path (as mvn javafx:run) or the app image's runtime. */
    private enum Mode { MONOCLE, DISPLAY, IMAGE, RUN }

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Mode mode = args.length > 1 ? Mode.valueOf(args[1].toUpperCase(java.util.Locale.ROOT)) : Mode.MONOCLE;
        List<String> extras = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        boolean withTable = extras.contains("table");
        Path dataDir = Files.createTempDirectory("k2-startup-bench");
        OpenedCatalog opened = new CatalogStore(dataDir, BundledData.load()).open(ProgressListener.NONE);
        if (withTable) {
            InteractionBench.writeFloorRows(opened, dataDir.resolve(InteractionBench.FLOOR_ROWS));
        }
        List<Sample> app = new ArrayList<>();
        List<Sample> hello = new ArrayList<>();
        List<Sample> table = new ArrayList<>();
        run(APP, dataDir, mode); // one unmeasured run of each warms the OS file cache
        run(HELLO, dataDir, mode);
        if (withTable) {
            run(TABLE, dataDir, mode);
        }
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                app.add(run(APP, dataDir, mode));
                hello.add(run(HELLO, dataDir, mode));
            } else {
                hello.add(run(HELLO, dataDir, mode));
                app.add(run(APP, dataDir, mode));
            }
            if (withTable) {
                table.add(run(TABLE, dataDir, mode));
            }
        }
        if (mode == Mode.RUN) {
            System.out.println("class-data archive: " + (command(APP, dataDir, mode).stream()
                    .anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")) ? "yes" : "none (mvn -Prun-archive process-classes)"));
        }
        System.out.printf("runs: %d each, alternating; mode: %s; JVM options of both: %s%n", runs, mode,
                mode == Mode.IMAGE ? "the image's (lib/app/K2Explorer.cfg)"
                        : System.getProperty("k2explorer.appJvmOptions", "(none)"));
        System.out.println("app samples (wall ms):   " + app.stream().map(Sample::wallMs).toList());
        System.out.println("hello samples (wall ms): " + hello.stream().map(Sample::wallMs).toList());
        figures("bare window", app, hello);
        if (withTable) {
            // Not the floor: how far a bare TableView of the same rows (FloorWindow) is from the bare window.
            System.out.println("table samples (wall ms): " + table.stream().map(Sample::wallMs).toList());
            figures("bare TableView, same rows", app, table);
            row("bare TableView against the bare window: process start → first full frame (ms)", table, hello,
                    Sample::wallMs, 1);
            row("bare TableView against the bare window: resident memory (MiB)", table, hello, Sample::rssKb, 1024);
        }
        if (extras.contains("classes")) {
            long[] a = classesBeforeFirstFrame(APP, dataDir, mode);
            long[] h = classesBeforeFirstFrame(HELLO, dataDir, mode);
            System.out.printf("| classes loaded before the first full frame (one start, -verbose:class) | %,d | %,d | %.2f |%n",
                    a[0], h[0], (double) a[0] / h[0]);
            // load-insensitive: how much of that the class-data archives (the JDK's and, on the image, the app's) serve
            System.out.printf("| of them from a class-data archive (one start) | %,d | %,d | %.2f |%n",
                    a[1], h[1], (double) a[1] / h[1]);
        }
    }

    /** A reported figure: its row title, how it is read from a start, and what its unit divides by. */
    private record Figure(String title, java.util.function.ToLongFunction<Sample> value, double divisor) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("process start → first frame with the Foods table filled (ms)", Sample::wallMs, 1),
            new Figure("JVM start → first frame with the Foods table filled (ms)", Sample::sinceJvmStartMs, 1),
            new Figure("JVM start → first visible window (ms)", Sample::firstVisibleMs, 1),
            new Figure("resident memory after start-up (MiB)", Sample::rssKb, 1024),
            new Figure("live heap after a GC (MiB)", Sample::heapKb, 1024),
            new Figure("GC pauses before the first full frame (count)", Sample::gcPauses, 1),
            new Figure("of them full collections (count)", Sample::gcFull, 1),
            new Figure("GC pause time before the first full frame (ms)", Sample::gcMs, 1),
            new Figure("process CPU time to the first full frame, all threads (ms)", Sample::cpuMs, 1),
            new Figure("of it the collector's thread (VM Thread) (ms)", Sample::gcCpuMs, 1),
            new Figure("of it the JIT compiler threads (ms)", Sample::jitCpuMs, 1),
            new Figure("of it the FX thread (ms)", Sample::fxCpuMs, 1));

    /** One markdown table of the app's figures against a floor's, medians of the alternating starts. */
    private static void figures(String floorName, List<Sample> app, List<Sample> floor) {
        System.out.println("| figure | app (median) | " + floorName + " (median) | ratio |");
        System.out.println("|---|---|---|---|");
        for (Figure f : FIGURES) {
            row(f.title(), app, floor, f.value(), f.divisor());
        }
    }

    /**
     * Starts once with -verbose:class and counts the classes loaded before the first-frame line: all of them, and
     * those mapped from a class-data archive ("source: shared objects file").
     */
    private static long[] classesBeforeFirstFrame(String mainClass, Path dataDir, Mode mode)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(command(mainClass, dataDir, mode));
        command.add(1, "-verbose:class");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long classes = 0;
        long shared = 0;
        boolean framed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!framed && line.contains("[class,load]")) {
                    classes++;
                    if (line.contains("source: shared objects file")) {
                        shared++;
                    }
                }
                if (LINE.matcher(line).find()) {
                    framed = true;
                }
            }
        }
        process.waitFor();
        return new long[] {classes, shared};
    }

    private static void row(String figure, List<Sample> app, List<Sample> hello,
                            java.util.function.ToLongFunction<Sample> value, double divisor) {
        long a = median(app.stream().map(value::applyAsLong).toList());
        long h = median(hello.stream().map(value::applyAsLong).toList());
        if (a < 0 || h < 0) {
            return; // not reported by this build or this runtime
        }
        System.out.printf("| %s | %,.0f | %,.0f | %s |%n", figure, a / divisor, h / divisor,
                h == 0 ? "—" : String.format("%.2f", (double) a / h));
    }

    private static List<String> command(String mainClass, Path dataDir, Mode mode) throws IOException {
        List<String> probe = new ArrayList<>(List.of("-D" + StartupProbe.PROPERTY + "=first-frame",
                "-Dk2explorer.dataDir=" + dataDir, "-Dfloor.rows=" + dataDir.resolve(InteractionBench.FLOOR_ROWS)));
        if (mode != Mode.DISPLAY && mode != Mode.RUN) {
            probe.addAll(ClassDataArchive.HEADLESS_TOOLKIT);
        }
        if (mode == Mode.IMAGE) {
            AppImageLaunch launch = AppImageLaunch.of(Path.of("target", "app-image", "K2Explorer"), "K2Explorer");
            if (!mainClass.equals(APP)) {
                // a floor runs on the image's runtime, options and class path, plus the benchmark's classes
                Path benchClasses = Path.of(HelloWindow.class.getProtectionDomain().getCodeSource().getLocation()
                        .getPath());
                return launch.withClassPathAppended(benchClasses).command(probe, mainClass);
            }
            return launch.command(probe, null);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        // Both programs start with the JVM options the app is launched with (pom.xml, app.* properties).
        String appOptions = System.getProperty("k2explorer.appJvmOptions", "").trim();
        if (!appOptions.isEmpty()) {
            command.addAll(List.of(appOptions.split("\\s+")));
        }
        command.addAll(probe);
        List<String> classPath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        if (mode == Mode.RUN) {
            command.addAll(List.of(System.getProperty("k2explorer.runOptions", "").trim().split("\\s+")));
            Path archive = Path.of(System.getProperty("k2explorer.runArchive", "target/run-archive/k2-explorer-run.jsa"));
            if (Files.isRegularFile(archive)) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"));
            }
            command.addAll(RunClassDataArchive.moduleOptions(classPath));
            classPath = RunClassDataArchive.appClassPath(classPath).stream()
                    .filter(e -> !e.contains("openjfx-monocle")).toList();
        }
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), mainClass));
        return command;
    }

    private static Sample run(String mainClass, Path dataDir, Mode mode) throws IOException, InterruptedException {
        List<String> command = command(mainClass, dataDir, mode);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Sample sample = null;
        long firstVisible = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                Matcher visible = FIRST_VISIBLE.matcher(line);
                if (visible.find()) {
                    firstVisible = Long.parseLong(visible.group(1));
                }
                Matcher m = LINE.matcher(line);
                if (m.find() && sample == null) {
                    long frame = Long.parseLong(m.group(1));
                    Matcher work = WORK.matcher(line);
                    boolean reported = work.find();
                    sample = new Sample((System.nanoTime() - start) / 1_000_000, frame,
                            firstVisible < 0 ? frame : firstVisible, Long.parseLong(m.group(2)),
                            Long.parseLong(m.group(3)), workFigure(work, reported, 1),
                            workFigure(work, reported, 2), workFigure(work, reported, 3),
                            workFigure(work, reported, 4), workFigure(work, reported, 5),
                            workFigure(work, reported, 6), workFigure(work, reported, 7));
                }
            }
        }
        process.waitFor();
        if (sample == null) {
            throw new IllegalStateException(mainClass + " did not report a first frame:\n" + String.join("\n", output));
        }
        return sample;
    }

    private static long workFigure(Matcher work, boolean reported, int group) {
        return reported && work.group(group) != null ? Long.parseLong(work.group(group)) : -1;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
