package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import k2explorer.OtherUser;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.storage.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged, locked or unwritable catalog file never leaves the user without the catalog, never touches their own
 * file, and is explained in plain words that name the file: SQLite's own text is never the message. Permissions
 * are real: the folder is opened by a child JVM running as a user that {@code chmod} binds ({@link OtherUser}).
 */
class CatalogPermissionsTest {
    private static final String USER_FILE = "user-data.sqlite";

    @TempDir
    Path dir;

    private static void assertPlain(String text) {
        for (String raw : List.of("SQLITE_", "[SQLITE", "Exception", "file is not a database", "database is locked")) {
            assertFalse(text.contains(raw), "\"" + raw + "\" in: " + text);
        }
    }

    @Test
    void aDamagedCatalogIsRebuiltAndSaysWhyInPlainWords() throws Exception {
        CatalogStore store = new CatalogStore(dir, BundledData.load());
        int foods = store.open(ProgressListener.NONE).catalog().foods().size();
        Files.writeString(store.file(), "this is not a database, it is a note that someone saved under this name");
        StringBuilder progress = new StringBuilder();
        OpenedCatalog repaired = store.open((fraction, message) -> progress.append(message).append('\n'));
        assertEquals(foods, repaired.catalog().foods().size());
        assertEquals("the existing file could not be read: it is damaged", repaired.rebuildReason());
        assertPlain(progress.toString());
    }

    /** Another program holds the catalog file locked: it is replaced beside the lock, and the reason says so. */
    @Test
    void aLockedCatalogIsRebuiltAndSaysAnotherProgramUsesIt() throws Exception {
        CatalogStore store = new CatalogStore(dir, BundledData.load());
        int foods = store.open(ProgressListener.NONE).catalog().foods().size();
        try (Connection other = SqliteFiles.open(store.file(), SqliteFiles.Access.READ_WRITE);
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            OpenedCatalog opened = store.open(ProgressListener.NONE);
            assertEquals(foods, opened.catalog().foods().size());
            assertEquals("the existing file could not be read: another program is using it",
                    opened.rebuildReason());
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aDamagedCatalogInAFolderAnOrdinaryUserCannotWriteGivesATemporaryCopyAndKeepsTheirFile() throws Exception {
        Path shared = OtherUser.sharedTempDir();
        try (OtherUser other = OtherUser.forClasses(OpenCatalogAsOtherUserChild.class, CatalogStore.class,
                org.sqlite.SQLiteConfig.class, org.slf4j.LoggerFactory.class)) {
            Path folder = Files.createDirectory(shared.resolve("read-only folder"));
            new CatalogStore(folder, BundledData.load()).open(ProgressListener.NONE);
            Path catalog = folder.resolve(CatalogStore.FILE_NAME);
            String whole = other.run(OpenCatalogAsOtherUserChild.class, folder.toString());

            byte[] damaged = Files.readAllBytes(catalog);
            for (int at = 4096; at < damaged.length; at += 997) {
                damaged[at] = (byte) ~damaged[at];
            }
            Files.write(catalog, damaged);
            byte[] users = "the user's own data, never touched".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(folder.resolve(USER_FILE), users);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            String seen = other.run(OpenCatalogAsOtherUserChild.class, folder.toString());

            assertTrue(whole.contains("reason=null") && whole.contains("notice=null")
                    && whole.contains("file=" + catalog), "a current catalog is read where it is: " + whole);
            int foods = Integer.parseInt(whole.lines().filter(l -> l.startsWith("foods=")).findFirst().orElseThrow()
                    .substring(6));
            assertTrue(seen.contains("foods=" + foods), seen);
            assertFalse(seen.contains("file=" + catalog), "a temporary copy: " + seen);
            assertTrue(seen.contains("notice=") && seen.contains(catalog.toString()), seen);
            assertTrue(seen.contains("cannot be written"), seen);
            // What the user is shown; the log lines beside it may name exceptions.
            seen.lines().filter(l -> l.startsWith("notice=") || l.startsWith("progress=")).forEach(
                    CatalogPermissionsTest::assertPlain);
            assertArrayEquals(damaged, Files.readAllBytes(catalog), "the damaged catalog is left as it was");
            assertArrayEquals(users, Files.readAllBytes(folder.resolve(USER_FILE)));
        } finally {
            OtherUser.deleteTree(shared);
        }
    }
}
