package k2explorer.packaging;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import k2explorer.install.ClassDataArchive;

/**
 * The class-data archive of {@code mvn javafx:run} (target/run-archive/k2-explorer-run.jsa), made once by
 * {@code mvn -Prun-archive process-classes} (on a desktop, or under {@code xvfb-run -a}): one training start with
 * javafx:run's layout (JavaFX on the module path, the rest on the class path) that exits on the first frame with
 * the catalog shown and leaves the archive behind; javafx:run's options then map it with -Xshare:auto, so a missing
 * or mismatched archive is ignored without a message.
 * <p>
 * JDK 17 will not archive with a non-empty folder (target/classes) on the class path, so the training start has an
 * empty class path and loads the app through a class loader of its own: the archive then holds the JavaFX modules'
 * and the JDK's classes (about 3,700 of the ~5,800 a start loads), and any class path at all may follow at run time.
 */
public final class RunClassDataArchive {
    /** The JavaFX modules javafx:run puts on the module path. */
    public static final String MODULES = "javafx.base,javafx.controls,javafx.graphics";
    private static final String DRIVER = """
            public class TrainRunArchive {
                public static void main(String[] args) throws Exception {
                    String[] parts = System.getProperty("k2explorer.training.classPath").split(java.io.File.pathSeparator);
                    java.net.URL[] urls = new java.net.URL[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        urls[i] = java.nio.file.Path.of(parts[i]).toUri().toURL();
                    }
                    ClassLoader app = new java.net.URLClassLoader(urls, TrainRunArchive.class.getClassLoader());
                    Thread.currentThread().setContextClassLoader(app);
                    Class.forName("k2explorer.Launcher", true, app).getMethod("main", String[].class)
                            .invoke(null, (Object) args);
                }
            }
            """;

    private RunClassDataArchive() {
    }

    /**
     * Arguments: the archive to write, then javafx:run's JVM options. The class path is this program's own (the
     * app's runtime class path, JavaFX included).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: RunClassDataArchive <archive> [JVM options of javafx:run]");
        }
        Path archive = Path.of(args[0]).toAbsolutePath();
        Path folder = archive.getParent();
        Files.createDirectories(folder);
        Path driver = folder.resolve("TrainRunArchive.java");
        Files.writeString(driver, DRIVER, StandardCharsets.UTF_8);
        Path log = folder.resolve("training.log");
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        ClassDataArchive.train(archive, log, false, training -> {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(Arrays.asList(args).subList(1, args.length));
            command.addAll(training);
            command.add("-Dk2explorer.training.classPath=" + String.join(File.pathSeparator, appClassPath(classPath)));
            command.addAll(moduleOptions(classPath));
            // an empty class path: the driver is a source file the launcher compiles in memory
            command.addAll(List.of("-cp", "", driver.toString()));
            return command;
        }, " for javafx:run", "It needs a display: run it under xvfb-run -a where there is none.");
    }

    /** True for a JavaFX module jar (javafx-base-21.0.12-linux.jar, javafx-base-21.0.12.jar …). */
    private static boolean isJavaFx(String entry) {
        return Path.of(entry).getFileName().toString().startsWith("javafx-");
    }

    /**
     * The JavaFX jars of a class path as javafx:run's module path, in its order (by module, the platform jar before
     * the empty one), with the options that add the modules. The archive serves only the module path it was made with.
     */
    public static List<String> moduleOptions(List<String> classPath) {
        List<String> jars = classPath.stream().filter(RunClassDataArchive::isJavaFx)
                .sorted(Comparator.comparing((String e) -> Path.of(e).getFileName().toString().replaceAll("-[0-9].*", ""))
                        .thenComparing(e -> !e.matches(".*-[0-9][^/\\\\]*-[a-z0-9-]+\\.jar")))
                .toList();
        return List.of("--module-path", String.join(File.pathSeparator, jars), "--add-modules", MODULES);
    }

    /** The rest of a class path: what javafx:run leaves on the class path. */
    public static List<String> appClassPath(List<String> classPath) {
        return classPath.stream().filter(e -> !isJavaFx(e)).toList();
    }
}
