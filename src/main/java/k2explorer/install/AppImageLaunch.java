package k2explorer.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The java command a jpackage app image's launcher runs, read from its {@code lib/app/<name>.cfg}: the bundled
 * runtime, the JVM options, the class path in the launcher's order and the main class. The class-data archive is
 * trained with exactly this command (an archive only serves the class path it was made with), and the start-up
 * benchmark measures it, because the native launcher takes no JVM options from outside.
 */
public record AppImageLaunch(Path javaExecutable, List<String> jvmOptions, List<Path> classPath, String mainClass) {
    private static final String APPDIR = "$APPDIR";

    public AppImageLaunch {
        jvmOptions = List.copyOf(jvmOptions);
        classPath = List.copyOf(classPath);
    }

    /** Reads the launch of the image at {@code imageDirectory} (e.g. target/app-image/K2Explorer). */
    public static AppImageLaunch of(Path imageDirectory, String name) throws IOException {
        Path appDirectory = imageDirectory.resolve("lib").resolve("app");
        Path config = appDirectory.resolve(name + ".cfg");
        if (!Files.isRegularFile(config)) {
            throw new IOException("No launcher configuration at " + config + " (build the image with mvn -Papp-image package)");
        }
        List<String> options = new ArrayList<>();
        List<Path> classPath = new ArrayList<>();
        String mainClass = null;
        int lineNumber = 0;
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            lineNumber++;
            int equals = line.indexOf('=');
            if (line.isBlank() || line.startsWith("[") || equals < 0) {
                continue;
            }
            String key = line.substring(0, equals).trim();
            String value = line.substring(equals + 1).trim().replace(APPDIR, appDirectory.toString());
            switch (key) {
                case "app.classpath" -> classPath.add(Path.of(value));
                case "app.mainclass" -> mainClass = value;
                case "java-options" -> options.add(value);
                default -> { }
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IOException(config + " names no main class or class path (" + lineNumber + " lines read)");
        }
        String executable = System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
        return new AppImageLaunch(imageDirectory.resolve("lib").resolve("runtime").resolve("bin").resolve(executable),
                options, classPath, mainClass);
    }

    public AppImageLaunch withoutOptionsStartingWith(String... prefixes) {
        return new AppImageLaunch(javaExecutable, jvmOptions.stream()
                .filter(o -> java.util.Arrays.stream(prefixes).noneMatch(o::startsWith)).toList(), classPath, mainClass);
    }

    public AppImageLaunch withClassPathAppended(Path entry) {
        List<Path> longer = new ArrayList<>(classPath);
        longer.add(entry);
        return new AppImageLaunch(javaExecutable, jvmOptions, longer, mainClass);
    }

    /** The full command with extra JVM options after the image's own (a later option overrides an earlier one). */
    public List<String> command(List<String> extraJvmOptions, String mainClassOverride) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.addAll(extraJvmOptions);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(mainClassOverride == null ? mainClass : mainClassOverride);
        return command;
    }
}
