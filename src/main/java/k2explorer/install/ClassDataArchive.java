package k2explorer.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import k2explorer.app.StartupProbe;

/**
 * Build step of the app image (mvn -Papp-image package): makes the class-data sharing archive the image's JVM
 * options name, by one headless training start of the image (its own runtime, options and class path) that exits
 * on the first frame with the catalog shown. The classes it loaded are then mapped ready-parsed and verified at
 * every start instead of read from the jars. When training fails the image still works: the JVM runs with
 * -Xshare:auto and ignores a missing or mismatched archive.
 */
public final class ClassDataArchive {
    /** The headless toolkit, for a start without a display (the training start, the start-up benchmark). */
    public static final List<String> HEADLESS_TOOLKIT = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1920x1200-32");
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final long TRAINING_TIMEOUT_SECONDS = 180;

    private ClassDataArchive() {
    }

    /**
     * Arguments: the image folder and the launcher name (e.g. target/app-image/K2Explorer K2Explorer), optionally
     * the training log (default: cds-training.log beside the image; the .deb's postinst names a temporary file).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException("usage: ClassDataArchive <image folder> <launcher name> [log file]");
        }
        Path image = Path.of(args[0]);
        Path log = args.length == 3 ? Path.of(args[2]) : image.resolveSibling("cds-training.log");
        AppImageLaunch imageLaunch = AppImageLaunch.of(image, args[1]);
        // The archive is the one the image's own options name; the training start must not also try to read it.
        Path archive = imageLaunch.jvmOptions().stream().filter(o -> o.startsWith(ARCHIVE_OPTION))
                .map(o -> Path.of(o.substring(ARCHIVE_OPTION.length()))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The image's options name no " + ARCHIVE_OPTION));
        AppImageLaunch launch = imageLaunch.withoutOptionsStartingWith(ARCHIVE_OPTION, "-Xshare");
        // trained headless, with the desktop toolkit's classes loaded too (TrainingStart), so the archive serves a
        // user's start on a display as well as a headless one
        train(archive, log, true, options -> launch.command(options, TrainingStart.class.getName()), "",
                "The image starts without it.");
    }

    /** How a training start is started: its whole command, given the options the training adds. */
    @FunctionalInterface
    public interface TrainingCommand {
        List<String> with(List<String> trainingOptions) throws IOException;
    }

    /**
     * One training start that exits on its first full frame and leaves {@code archive} behind, with a throw-away
     * data folder and its output in {@code log}. Returns whether the archive was written; if not, prints a warning
     * (the archive {@code forWhat}, e.g. " for javafx:run", then {@code whatThen}). Used for the app image's archive
     * and for javafx:run's (RunClassDataArchive).
     */
    public static boolean train(Path archive, Path log, boolean headless, TrainingCommand command, String forWhat,
                                String whatThen) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        Path dataDirectory = Files.createTempDirectory("k2-cds-training");
        boolean finished;
        Process training;
        try {
            training = new ProcessBuilder(command.with(trainingOptions(archive, dataDirectory, headless)))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            finished = training.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                training.destroyForcibly().waitFor();
            }
        } finally {
            deleteTree(dataDirectory);
        }
        if (!finished || training.exitValue() != 0 || !Files.isRegularFile(archive)) {
            System.err.println("[WARNING] No class-data archive" + forWhat + ": the training start "
                    + (finished ? "ended with " + training.exitValue() : "took over " + TRAINING_TIMEOUT_SECONDS + " s")
                    + " (see " + log + "). " + whatThen);
            return false;
        }
        System.out.printf("Class-data archive%s %s: %.1f MiB%n", forWhat, archive,
                Files.size(archive) / (1024.0 * 1024.0));
        return true;
    }

    static List<String> trainingOptions(Path archive, Path dataDirectory) {
        return trainingOptions(archive, dataDirectory, true);
    }

    /** What a training start adds to the app's own options; headless: rendered with {@link #HEADLESS_TOOLKIT}. */
    static List<String> trainingOptions(Path archive, Path dataDirectory, boolean headless) {
        List<String> options = new ArrayList<>();
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        options.add("-D" + StartupProbe.PROPERTY + "=first-frame");
        options.add("-Dk2explorer.dataDir=" + dataDirectory);
        // JavaFX copies its native libraries out of its jars; here into the throw-away folder, not into the home
        // folder of whoever builds or installs (root, when the .deb's postinst trains the archive)
        options.add("-Djavafx.cachedir=" + dataDirectory.resolve("javafx-cache"));
        if (headless) {
            options.addAll(HEADLESS_TOOLKIT);
        }
        return options;
    }

    public static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
