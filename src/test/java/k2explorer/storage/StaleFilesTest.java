package k2explorer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed app left half-written is removed at the next start or the next write of that file; nothing else. */
class StaleFilesTest {
    @TempDir
    Path dir;

    private Path old(String name) throws IOException {
        Path f = Files.writeString(dir.resolve(name), "left by kill -9");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3_600)));
        return f;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStartRemovesStaleTemporaryFilesOfTheAppOnly() throws IOException {
        old("catalog-123.installing");
        old("catalog-456.building");
        old(".user-data-backup.sqlite-789.part");
        old("user-data.sqlite.restoring");
        old("user-data.sqlite");
        old("user-data.before-restore-20261204-101010-000.sqlite");
        old("notes.part");
        Files.writeString(dir.resolve("catalog-fresh.building"), "another window is building now");
        StaleFiles.clean(dir);
        assertEquals(List.of("catalog-fresh.building", "notes.part",
                "user-data.before-restore-20261204-101010-000.sqlite", "user-data.sqlite"), names());
    }

    @Test
    void writingAFileAgainRemovesWhatAKilledWriteOfItLeft() throws IOException {
        old(".backup [1].sqlite-123.part");
        old(".other.csv-5.part");
        AtomicFile.writeText(dir.resolve("backup [1].sqlite"), out -> {
            out.write("x");
            return null;
        });
        assertEquals(List.of(".other.csv-5.part", "backup [1].sqlite"), names());
    }
}
