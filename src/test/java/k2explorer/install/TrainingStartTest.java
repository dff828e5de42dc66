package k2explorer.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theDesktopToolkitsClassesAreLoadedWithoutStartingIt() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), LoadOnly.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, process.waitFor(), String.join("\n", output.subList(Math.max(0, output.size() - 20),
                output.size())));
        int count = output.stream().filter(l -> l.startsWith("loaded ")).mapToInt(l -> Integer.parseInt(l.substring(7)))
                .findFirst().orElseThrow();
        assertTrue(count > 50, "GTK and OpenGL classes loaded: " + count);
        for (String name : List.of("com.sun.glass.ui.gtk.GtkApplication", "com.sun.prism.es2.ES2Pipeline",
                "com.sun.glass.ui.InvokeLaterDispatcher")) {
            assertTrue(output.stream().anyMatch(l -> l.contains(" " + name + " source:")), name + " loaded");
        }
        assertFalse(output.stream().anyMatch(l -> l.contains("com.sun.javafx.application.PlatformImpl ")),
                "JavaFX itself is not started");
    }

    @Test
    void theTrainingLogSaysHowManyToolkitClassesWereLoadedThenTheAppRuns() throws Exception {
        // --help: the app's own start, ended at once (no window), after what the training start does first
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dos.name=Linux", "-cp", System.getProperty("java.class.path"), TrainingStart.class.getName(),
                "--help");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, process.waitFor(), String.join("\n", output));
        int count = output.stream().filter(l -> l.startsWith(TrainingStart.TOOLKIT_LOADED))
                .mapToInt(l -> Integer.parseInt(l.substring(TrainingStart.TOOLKIT_LOADED.length()).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no count in " + output));
        assertTrue(count > 50, "GTK and OpenGL classes loaded: " + count);
        assertTrue(output.stream().anyMatch(l -> l.contains("--export-catalog")), "the app's help: " + output);
    }

    /** The child JVM: loads Linux's desktop toolkit as the training start does, prints how many classes. */
    public static final class LoadOnly {
        public static void main(String[] args) throws Exception {
            System.out.println("loaded " + TrainingStart.loadDesktopToolkit("Linux"));
        }
    }
}
