package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.Food;
import k2explorer.catalog.KValue;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.storage.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog file's snapshot, which a start reads instead of the tables, gives the very catalog and studies the
 * tables give;
 * a snapshot that is missing, of another format, cut short or altered is left aside and the tables are read.
 */
class CatalogSnapshotTest extends BuiltCatalogTest {
    @TempDir
    Path other;

    @Test
    void theSnapshotGivesEveryFoodValueSourceFamilyAndCodeTheTablesGive() throws Exception {
        CatalogReader.Stored snapshot = snapshotOf(opened.file());
        assertNotNull(snapshot, "the built file has a snapshot this app reads");
        Path copy = copyWith("DELETE FROM snapshot");
        assertNull(snapshotOf(copy));
        CatalogReader.Stored tables = CatalogReader.read(copy);
        Catalog fromSnapshot = snapshot.catalog();
        Catalog fromTables = tables.catalog();

        assertEquals(fromTables.foods().size(), fromSnapshot.foods().size());
        for (int i = 0; i < fromTables.foods().size(); i++) {
            Food expected = fromTables.foods().get(i);
            Food actual = fromSnapshot.foods().get(i);
            assertEquals(expected.values().size(), actual.values().size(), expected.id());
            for (int v = 0; v < expected.values().size(); v++) {
                KValue e = expected.values().get(v);
                KValue a = actual.values().get(v);
                String where = expected.id() + " value " + v;
                assertEquals(e.state(), a.state(), where);
                assertEquals(Double.doubleToLongBits(e.amount()), Double.doubleToLongBits(a.amount()), where);
                assertEquals(e.sourceId(), a.sourceId(), where);
                assertEquals(e.doubts(), a.doubts(), where);
                assertEquals(e, a, where);
            }
            assertEquals(expected, actual, expected.id());
        }
        assertEquals(fromTables.sources(), fromSnapshot.sources());
        assertEquals(fromTables.families(), fromSnapshot.families());
        assertEquals(fromTables.codes(), fromSnapshot.codes());
        assertEquals(fromTables.version(), fromSnapshot.version());
        assertEquals(fromTables.counts(), fromSnapshot.counts());
        assertTrue(catalog.foods().equals(fromSnapshot.foods()), "what the store opened is the snapshot's catalog");
        assertEquals(tables.studies().studies(), snapshot.studies().studies());
        assertEquals(tables.studies().claims(), snapshot.studies().claims());
        assertFalse(snapshot.studies().claims().isEmpty());
        assertEquals(studies.studies(), snapshot.studies().studies(), "what the store opened");
    }

    @Test
    void aSnapshotMissingOfAnotherFormatCutShortOrAlteredFallsBackToTheTables() throws Exception {
        List<String> damages = List.of("DELETE FROM snapshot", "UPDATE snapshot SET format = format + 1",
                "UPDATE snapshot SET format = 0 WHERE part = 2", "DELETE FROM snapshot WHERE part = 1",
                "UPDATE snapshot SET data = substr(data, 1, length(data) / 2)", "UPDATE snapshot SET data = x'00'",
                "DROP TABLE snapshot", "flip");
        for (String damage : damages) {
            Path dir = Files.createDirectories(other.resolve("d" + damages.indexOf(damage)));
            Path file = dir.resolve(CatalogStore.FILE_NAME);
            Files.copy(opened.file(), file);
            if (damage.equals("flip")) {
                flipOneByte(file);
            } else {
                execute(file, damage);
            }
            assertNull(snapshotOf(file), damage);
            OpenedCatalog reopened = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE);
            assertFalse(reopened.rebuilt().isPresent(), damage + ": the tables are read, nothing rebuilt");
            assertTrue(catalog.foods().equals(reopened.catalog().foods()), damage);
            assertEquals(catalog.sources(), reopened.catalog().sources(), damage);
            assertEquals(studies.studies(), reopened.studies().studies(), damage);
            assertEquals(studies.claims(), reopened.studies().claims(), damage);
        }
    }

    @Test
    void damagedTablesBehindAnIntactSnapshotDoNotChangeWhatIsShown() throws Exception {
        Path dir = Files.createDirectories(other.resolve("tables"));
        Path file = dir.resolve(CatalogStore.FILE_NAME);
        Files.copy(opened.file(), file);
        execute(file, "UPDATE k_value SET evidence_level = 'X' WHERE rowid = 1");
        OpenedCatalog reopened = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE);
        assertFalse(reopened.rebuilt().isPresent());
        assertTrue(catalog.foods().equals(reopened.catalog().foods()),
                "the snapshot, written with the tables, is read");
    }

    @Test
    void aDecodedSnapshotThatDoesNotAddUpIsRefused() {
        byte[] snapshot = snapshotBytes(opened.file());
        DataVersion version = catalog.version();
        assertTrue(catalog.foods().equals(CatalogSnapshot.decode(snapshot, version).catalog().foods()));
        for (int length : new int[] {0, 15, 16, snapshot.length / 3, snapshot.length - 1}) {
            assertThrows(CatalogException.class,
                    () -> CatalogSnapshot.decode(Arrays.copyOf(snapshot, length), version), "cut to " + length);
        }
        byte[] flipped = snapshot.clone();
        flipped[9] ^= 1;
        assertThrows(CatalogException.class, () -> CatalogSnapshot.decode(flipped, version), "a flipped byte");
    }

    private Path copyWith(String sql) throws Exception {
        Path copy = other.resolve("copy-" + System.nanoTime() + ".sqlite");
        Files.copy(opened.file(), copy);
        execute(copy, sql);
        return copy;
    }

    private static CatalogReader.Stored snapshotOf(Path file) throws SQLException {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT value FROM meta WHERE key = '" + CatalogWriter.FOOD_COUNT + "'")) {
            rs.next();
            return CatalogSnapshot.read(c, catalog.version(), rs.getString(1));
        }
    }

    private static byte[] snapshotBytes(Path file) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT data FROM snapshot ORDER BY part")) {
            while (rs.next()) {
                all.writeBytes(rs.getBytes(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertTrue(all.size() > 2 * CatalogSnapshot.PART_BYTES, "stored in several parts: " + all.size());
        return all.toByteArray();
    }

    /** One bit of one byte in the middle of the snapshot's second part changed. */
    private static void flipOneByte(Path file) throws SQLException {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_WRITE)) {
            byte[] part;
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT data FROM snapshot WHERE part = 1")) {
                assertTrue(rs.next());
                part = rs.getBytes(1);
            }
            part[part.length / 2] ^= 0x10;
            try (PreparedStatement p = c.prepareStatement("UPDATE snapshot SET data = ? WHERE part = 1")) {
                p.setBytes(1, part);
                assertEquals(1, p.executeUpdate());
            }
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_WRITE);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA ignore_check_constraints = ON");
            s.execute(sql);
        }
    }
}
