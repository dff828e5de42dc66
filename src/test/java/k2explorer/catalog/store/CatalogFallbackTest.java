package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import k2explorer.ReadOnlyFolder;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog is derived from data inside the app, so a data folder that cannot hold it never leaves the user
 * without one: a temporary copy is used and the user is told where and why.
 */
class CatalogFallbackTest {
    @TempDir
    Path dir;

    private static void assertFullCatalogFromATemporaryCopy(OpenedCatalog opened, Path intended) {
        assertTrue(opened.catalog().foods().size() > 8_000, "foods: " + opened.catalog().foods().size());
        assertNotNull(opened.notice());
        assertTrue(opened.notice().contains(intended.toString()), opened.notice());
        assertFalse(opened.file().startsWith(intended.getParent()), opened.file().toString());
    }

    @Test
    void aFolderInPlaceOfTheCatalogFileIsLeftAloneAndATemporaryCopyIsUsed() throws Exception {
        Path inTheWay = Files.createDirectories(dir.resolve(CatalogStore.FILE_NAME).resolve("something"));
        CatalogStore store = new CatalogStore(dir, BundledData.load());
        StringBuilder progress = new StringBuilder();
        OpenedCatalog opened = store.open((fraction, message) -> progress.append(message).append('\n'));
        assertFullCatalogFromATemporaryCopy(opened, store.file());
        assertTrue(Files.isDirectory(inTheWay), "not deleted");
        assertTrue(progress.toString().contains("the existing file could not be read: a folder is in its place"),
                progress.toString());
        assertFalse(progress.toString().contains("disk"), progress.toString());
    }

    /** Occurrences of {@code part} in {@code text}. */
    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /**
     * When the temporary copy fails too, the status line says it once: the user's file and what happened to it, then
     * where the copy was tried and why that failed — not "could not be opened: The food catalog … cannot be …".
     */
    @Test
    void whenTheTemporaryCopyFailsTooOneMessageNamesTheFileAndWhatHappened() throws Exception {
        Files.createDirectories(dir.resolve(CatalogStore.FILE_NAME).resolve("something"));
        CatalogStore store = new CatalogStore(dir, BundledData.load());
        Path plainFile = Files.writeString(dir.resolve("plain file"), "x");
        Path copyFolder = plainFile.resolve("copy");
        for (CatalogStore.TempFolder temp : java.util.List.<CatalogStore.TempFolder>of(() -> copyFolder, () -> {
            throw new java.nio.file.FileSystemException("/tmp", null, "No space left on device");
        }, () -> {
            throw new java.nio.file.FileSystemException("/tmp", null, "Is a directory");
        })) {
            k2explorer.catalog.CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(
                    k2explorer.catalog.CatalogException.class, () -> store.open(ProgressListener.NONE, temp));
            String status = k2explorer.i18n.Messages.get("status.catalogFailed", e.getMessage());
            assertEquals(1, count(status, store.file().toString()), status);
            assertEquals(1, count(status, "The food catalog"), "said once: " + status);
            assertTrue(status.contains("Is a directory"), "what happened to the user's file: " + status);
            assertTrue(status.contains("temporary copy"), status);
            assertTrue(status.contains(copyFolder.toString()) && status.contains("Not a directory")
                    || status.contains("No space left on device") || status.contains("failed the same way"),
                    "where the copy failed and why: " + status);
            assertEquals(1, count(status, "Is a directory"), "each reason said once: " + status);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedStillGivesTheCatalog() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a file"), "x");
        CatalogStore store = new CatalogStore(notAFolder.resolve("data"), BundledData.load());
        assertFullCatalogFromATemporaryCopy(store.open(ProgressListener.NONE), store.file());
    }

    @Test
    void aStaleCatalogInAReadOnlyFolderIsStillShown() throws Exception {
        CatalogStore store = new CatalogStore(dir, BundledData.load());
        assertNull(store.open(ProgressListener.NONE).notice());
        long size = Files.size(store.file());
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> k2explorer.storage.AtomicFile.writeText(store.file(), out -> {
                    out.write("an export");
                    return null;
                }));
        assertTrue(refused.getMessage().contains("Choose another name"), refused.getMessage());
        assertEquals(size, Files.size(store.file()), "the open catalog is never an export's target");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = 'an older version' WHERE key = 'data_hash'");
        }
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(dir)) {
            assertFullCatalogFromATemporaryCopy(store.open(ProgressListener.NONE), store.file());
        }
        assertEquals("an older version", CatalogReader.dataHash(store.file()).orElseThrow(), "left as it was");
    }

    /** Why the packaged catalog was not used is logged, not dropped. */
    @Test
    void aFailedInstallOfThePackagedCatalogIsLogged() throws Exception {
        Files.createDirectories(dir.resolve(CatalogStore.FILE_NAME).resolve("in the way"));
        java.util.List<java.util.logging.LogRecord> logged = LoggedRecords.during(CatalogStore.class,
                () -> new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE));
        assertTrue(logged.stream().anyMatch(r -> r.getMessage().contains("packaged catalog could not be installed")
                && r.getThrown() != null), logged.toString());
    }

    /** Values the app does not take mean damage (rebuild); a NullPointerException is a bug and is not hidden. */
    @Test
    void onlyUnknownValuesCountAsDamage() {
        assertTrue(CatalogReader.asDamage(new IllegalArgumentException("No enum constant MOON"))
                instanceof k2explorer.catalog.CatalogException);
        NullPointerException bug = new NullPointerException("a bug");
        assertEquals(bug, CatalogReader.asDamage(bug));
    }
}
