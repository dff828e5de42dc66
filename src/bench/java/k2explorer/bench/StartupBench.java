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
import k2explorer.catalog.build.BundledData;
import k2explorer.catalog.build.CatalogStore;
import k2explorer.catalog.build.ProgressListener;

/**
 * Start-up time and resident memory of the app (catalog already built) against a bare JavaFX window started the
 * same way, alternating, in fresh JVMs. Arguments: [runs (default 7)] [monocle|display (default monocle)].
 * "monocle" renders headless in software; "display" opens real windows (run under xvfb-run or on a desktop).
 */
public final class StartupBench {
    private static final Pattern LINE = Pattern.compile(BenchmarkProbe.LINE_PREFIX
            + " first-frame-ms=(\\d+) rss-kb=(-?\\d+)");

    private record Sample(long wallMs, long sinceJvmStartMs, long rssKb) {
    }

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        boolean monocle = args.length < 2 || args[1].equals("monocle");
        Path dataDir = Files.createTempDirectory("k2-startup-bench");
        new CatalogStore(dataDir, BundledData.load()).open(ProgressListener.NONE);
        List<Sample> app = new ArrayList<>();
        List<Sample> hello = new ArrayList<>();
        run("k2explorer.Launcher", dataDir, monocle); // one unmeasured run of each warms the OS file cache
        run(HelloWindow.Main.class.getName(), dataDir, monocle);
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                app.add(run("k2explorer.Launcher", dataDir, monocle));
                hello.add(run(HelloWindow.Main.class.getName(), dataDir, monocle));
            } else {
                hello.add(run(HelloWindow.Main.class.getName(), dataDir, monocle));
                app.add(run("k2explorer.Launcher", dataDir, monocle));
            }
        }
        long appWall = median(app.stream().map(Sample::wallMs).toList());
        long helloWall = median(hello.stream().map(Sample::wallMs).toList());
        long appJvm = median(app.stream().map(Sample::sinceJvmStartMs).toList());
        long helloJvm = median(hello.stream().map(Sample::sinceJvmStartMs).toList());
        long appRss = median(app.stream().map(Sample::rssKb).toList());
        long helloRss = median(hello.stream().map(Sample::rssKb).toList());
        System.out.printf("runs: %d each, alternating; rendering: %s; JVM options of both: %s%n", runs,
                monocle ? "Monocle headless (software)" : "real windows",
                System.getProperty("k2explorer.appJvmOptions", "(none)"));
        System.out.println("app samples (wall ms):   " + app.stream().map(Sample::wallMs).toList());
        System.out.println("hello samples (wall ms): " + hello.stream().map(Sample::wallMs).toList());
        System.out.println("| figure | app (median) | hello window (median) | ratio |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| process start → first frame with content (ms) | %d | %d | %.2f |%n", appWall, helloWall,
                (double) appWall / helloWall);
        System.out.printf("| JVM start → first frame with content (ms) | %d | %d | %.2f |%n", appJvm, helloJvm,
                (double) appJvm / helloJvm);
        System.out.printf("| resident memory after start-up (MiB) | %.0f | %.0f | %.2f |%n", appRss / 1024.0,
                helloRss / 1024.0, (double) appRss / helloRss);
    }

    private static Sample run(String mainClass, Path dataDir, boolean monocle) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + BenchmarkProbe.PROPERTY + "=first-frame", "-Dk2explorer.dataDir=" + dataDir));
        // Both programs start with the JVM options the app is launched with (pom.xml, app.* properties).
        String appOptions = System.getProperty("k2explorer.appJvmOptions", "").trim();
        if (!appOptions.isEmpty()) {
            command.addAll(1, List.of(appOptions.split("\\s+")));
        }
        if (monocle) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1920x1200-32"));
        }
        command.add(mainClass);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Sample sample = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                Matcher m = LINE.matcher(line);
                if (m.find() && sample == null) {
                    sample = new Sample((System.nanoTime() - start) / 1_000_000, Long.parseLong(m.group(1)),
                            Long.parseLong(m.group(2)));
                }
            }
        }
        process.waitFor();
        if (sample == null) {
            throw new IllegalStateException(mainClass + " did not report a first frame:\n" + String.join("\n", output));
        }
        return sample;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
