package k2explorer.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Temporary files a killed app leaves behind (a half-written export or backup, a catalog being installed or built, a
 * restore being copied) are removed at the next start, and before the next write of the same file. Only files no
 * live process can still be writing are touched: those not changed for {@link #STALE_AFTER}.
 */
public final class StaleFiles {
    /** Far longer than any write takes: every write changes its file's time as it goes. */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);

    private StaleFiles() {
    }

    /** Removes the app's stale temporary files in the data folder; returns what was removed. */
    public static List<Path> clean(Path dataDirectory) {
        return clean(dataDirectory, "{catalog-*.installing,catalog-*.building,.*.part,user-data.sqlite.restoring}");
    }

    /** Removes stale files in {@code directory} that match {@code glob}; returns what was removed. */
    static List<Path> clean(Path directory, String glob) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return removed;
        }
        FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).compareTo(before) < 0
                            && Files.deleteIfExists(f)) {
                        removed.add(f);
                    }
                } catch (IOException e) {
                    // Left for a later start; a leftover never stops the app.
                }
            }
        } catch (IOException e) {
            // A folder that cannot be listed holds nothing this can clean.
        }
        return removed;
    }
}
