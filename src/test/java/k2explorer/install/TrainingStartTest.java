package k2explorer.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The archive's training start renders headless but loads the desktop toolkit a user's start on a display runs,
 * so the archive serves both; the class-loading log of a start under a display (docs/performance.md, "image
 * branch") shows which classes that is.
 */
class TrainingStartTest {
    @Test
    void eachOsGetsItsOwnToolkitAndPipeline() {
        assertEquals(List.of("com/sun/glass/ui/gtk/", "com/sun/prism/es2/"), TrainingStart.toolkitPackages("Linux"));
        assertEquals(List.of("com/sun/glass/ui/win/", "com/sun/prism/d3d/"),
                TrainingStart.toolkitPackages("Windows 11"));
        assertEquals(List.of("com/sun/glass/ui/mac/", "com/sun/prism/es2/"), TrainingStart.toolkitPackages("Mac OS X"));
        assertEquals(List.of(), TrainingStart.toolkitPackages("SunOS"));
    }

    /** The toolkit's application class and pipeline of the OS the build runs on (JavaFX's jar holds only its own). */
    private static List<String> thisOsToolkitClasses() {
        List<String> packages = TrainingStart.toolkitPackages(System.getProperty("os.name", ""));
        assumeFalse(packages.isEmpty(), "JavaFX has no desktop toolkit for this OS");
        String application = switch (packages.get(0)) {
            case "com/sun/glass/ui/gtk/" -> "GtkApplication";
            case "com/sun/glass/ui/win/" -> "WinApplication";
            default -> "MacApplication";
        };
        String pipeline = packages.get(1).endsWith("d3d/") ? "D3DPipeline" : "ES2Pipeline";
        return List.of(packages.get(0).replace('/', '.') + application, packages.get(1).replace('/', '.') + pipeline);
    }

    @Test
    void theDesktopToolkitsClassesAreLoadedWithoutStartingIt() throws Exception {
        List<String> expected = thisOsToolkitClasses();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), LoadOnly.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, process.waitFor(), String.join("\n", output.subList(Math.max(0, output.size() - 20),
                output.size())));
        int count = output.stream().filter(l -> l.startsWith("loaded ")).mapToInt(l -> Integer.parseInt(l.substring(7)))
                .findFirst().orElseThrow();
        assertTrue(count > 50, "desktop toolkit and pipeline classes loaded: " + count);
        List<String> names = new java.util.ArrayList<>(expected);
        names.add("com.sun.glass.ui.InvokeLaterDispatcher");
        for (String name : names) {
            assertTrue(output.stream().anyMatch(l -> l.contains(" " + name + " source:")), name + " loaded");
        }
        assertFalse(output.stream().anyMatch(l -> l.contains("com.sun.javafx.application.PlatformImpl ")),
                "JavaFX itself is not started");
    }

    @Test
    void theTrainingLogSaysHowManyToolkitClassesWereLoadedThenTheAppRuns() throws Exception {
        thisOsToolkitClasses();
        // --help: the app's own start, ended at once (no window), after what the training start does first
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TrainingStart.class.getName(),
                "--help");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, process.waitFor(), String.join("\n", output));
        int count = output.stream().filter(l -> l.startsWith(TrainingStart.TOOLKIT_LOADED))
                .mapToInt(l -> Integer.parseInt(l.substring(TrainingStart.TOOLKIT_LOADED.length()).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no count in " + output));
        assertTrue(count > 50, "desktop toolkit and pipeline classes loaded: " + count);
        assertTrue(output.stream().anyMatch(l -> l.contains("--export-catalog")), "the app's help: " + output);
    }

    /** The child JVM: loads this OS's desktop toolkit as the training start does, prints how many classes. */
    public static final class LoadOnly {
        public static void main(String[] args) throws Exception {
            System.out.println("loaded " + TrainingStart.loadDesktopToolkit(System.getProperty("os.name", "")));
        }
    }
}
