package k2explorer.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app jar leaves out exactly the package k2explorer.packaging (maven-jar-plugin's exclude), so every build tool
 * must be in it and nothing of the app may be: a tool put elsewhere would ship, an app class put there would be
 * missing from the jar.
 */
class BuildToolsTest {
    private static final Path TOOLS = Path.of("src", "buildtools", "java");
    private static final Path APP = Path.of("src", "main", "java");

    @Test
    void everyBuildToolIsInThePackageTheJarLeavesOut() throws IOException {
        List<Path> tools = javaFiles(TOOLS);
        assertFalse(tools.isEmpty(), "no build tools found under " + TOOLS.toAbsolutePath());
        for (Path tool : tools) {
            assertEquals(Path.of("k2explorer", "packaging"), TOOLS.relativize(tool).getParent(), tool.toString());
            assertTrue(Files.readString(tool).contains("package k2explorer.packaging;"), tool.toString());
        }
        assertTrue(tools.contains(TOOLS.resolve("k2explorer/packaging/Installer.java")), tools.toString());
        assertTrue(tools.contains(TOOLS.resolve("k2explorer/packaging/PrebuiltCatalog.java")), tools.toString());
    }

    @Test
    void noAppSourceIsInThePackageTheJarLeavesOut() throws IOException {
        for (Path source : javaFiles(APP)) {
            assertFalse(Files.readString(source).contains("package k2explorer.packaging;"), source.toString());
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
