package k2explorer.install;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The class-data archive's training start ({@link ClassDataArchive}): loads, without initialising them, the classes
 * of JavaFX's desktop toolkit for this OS (GTK and its OpenGL pipeline on Linux, Win32 and Direct3D on Windows, Cocoa
 * and OpenGL on macOS), then starts the app. The training renders headless (no display is needed to build), so
 * without this the archive held only the headless toolkit's classes and a user's start read the desktop toolkit's
 * from the jar; loaded here, the archive holds both (docs/performance.md, "image branch").
 */
public final class TrainingStart {
    /**
     * Classes a start on a display loads besides the toolkit's own folders (the desktop toolkits' event queue, the
     * first mouse move over the window), which the headless training start never reaches.
     */
    private static final List<String> ON_A_DISPLAY = List.of("com.sun.glass.ui.InvokeLaterDispatcher",
            "com.sun.glass.ui.InvokeLaterDispatcher$Future", "com.sun.glass.ui.Size",
            "java.util.concurrent.LinkedBlockingDeque", "java.util.concurrent.LinkedBlockingDeque$Node",
            "javafx.scene.input.MouseEvent$Flags", "javafx.scene.input.PickResult", "javafx.scene.input.TransferMode",
            "com.sun.javafx.scene.input.InputEventUtils", "com.sun.javafx.scene.input.PickResultChooser",
            "com.sun.javafx.geom.PickRay");

    /** How the training log names the count of desktop-toolkit classes loaded. */
    static final String TOOLKIT_LOADED = "Desktop-toolkit classes loaded for the archive: ";

    private TrainingStart() {
    }

    public static void main(String[] args) throws Exception {
        int loaded = loadDesktopToolkit(System.getProperty("os.name", ""));
        // to the training log: an archive trained without them (0) serves a start on a display less well
        System.out.println(TOOLKIT_LOADED + loaded);
        k2explorer.Launcher.main(args);
    }

    /** Loads (not initialises) the desktop toolkit's classes for {@code osName}; returns how many loaded. */
    static int loadDesktopToolkit(String osName) throws IOException, URISyntaxException {
        List<String> packages = toolkitPackages(osName);
        Path jar = javaFxGraphicsJar();
        if (packages.isEmpty() || jar == null) {
            return 0;
        }
        List<String> names = new ArrayList<>(ON_A_DISPLAY);
        try (JarFile classes = new JarFile(jar.toFile())) {
            for (JarEntry entry : classes.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".class") && packages.stream().anyMatch(p -> name.startsWith(p)
                        && name.indexOf('/', p.length()) < 0)) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        ClassLoader loader = TrainingStart.class.getClassLoader();
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError notForThisOs) {
                // a class another OS needs (or another JavaFX version lacks); the archive simply leaves it out
            }
        }
        return loaded;
    }

    /** The folders (in JavaFX's graphics jar) of the desktop toolkit and its default pipeline on {@code osName}. */
    static List<String> toolkitPackages(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<String> packages = new ArrayList<>();
        if (os.startsWith("windows")) {
            packages.addAll(List.of("com/sun/glass/ui/win/", "com/sun/prism/d3d/"));
        } else if (os.startsWith("mac")) {
            packages.addAll(List.of("com/sun/glass/ui/mac/", "com/sun/prism/es2/"));
        } else if (os.startsWith("linux")) {
            packages.addAll(List.of("com/sun/glass/ui/gtk/", "com/sun/prism/es2/"));
        }
        return packages;
    }

    /** The jar JavaFX's graphics classes come from (null when they come from a module image, not a jar). */
    private static Path javaFxGraphicsJar() throws URISyntaxException, IOException {
        Class<?> glass;
        try {
            glass = Class.forName("com.sun.glass.ui.Application", false, TrainingStart.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        CodeSource source = glass.getProtectionDomain().getCodeSource();
        if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
            return null;
        }
        return Path.of(source.getLocation().toURI());
    }
}
