package k2explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain knows nothing of JavaFX: it is shared by the UI, the command line and tests. */
class ArchitectureTest {
    private static final List<String> DOMAIN = List.of("catalog", "coverage", "export", "cli", "storage", "userdata",
            "studies", "learn", "plan", "i18n");

    @Test
    void domainPackagesImportNoJavaFx() throws IOException {
        Path root = Path.of("src/main/java/k2explorer");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> DOMAIN.contains(root.relativize(p).getName(0).toString()))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import javafx.");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
