package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.LogRecord;
import java.util.zip.CRC32;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.ValueState;
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

        SameFoods.assertSame(fromTables.foods(), fromSnapshot.foods());
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
            assertShowsTheFullCatalog(dir, damage);
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

    @Test
    void aSnapshotWhoseChecksAfterTheCrcFailFallsBackToTheFullCatalog() throws Exception {
        byte[] snapshot = snapshotBytes(opened.file());
        String hash = catalog.version().hash();
        Map<String, UnaryOperator<byte[]>> damages = new LinkedHashMap<>();
        damages.put("unknown enum name", replace(ValueState.MEASURED.name(), "X" + ValueState.MEASURED.name()
                .substring(1)));
        damages.put("a reference past its table", CatalogSnapshotTest::withoutLastString);
        damages.put("trailing bytes", b -> Arrays.copyOf(b, b.length + 1));
        damages.put("another magic", b -> {
            b[0] ^= 1;
            return b;
        });
        damages.put("another schema version", b -> {
            b[2 * Integer.BYTES - 1] ^= 1;
            return b;
        });
        damages.put("nutrients in another order", swap(Nutrient.ENERGY.name(), Nutrient.SODIUM.name()));
        damages.put("another data hash", replace(hash, (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1)));
        for (Map.Entry<String, UnaryOperator<byte[]>> damage : damages.entrySet()) {
            byte[] bytes = altered(snapshot, damage.getValue());
            assertThrows(CatalogException.class, () -> CatalogSnapshot.decode(bytes, catalog.version()),
                    damage.getKey());
            Path dir = Files.createDirectories(other.resolve("a" + damage.getKey().hashCode()));
            Path file = dir.resolve(CatalogStore.FILE_NAME);
            Files.copy(opened.file(), file);
            storeSnapshot(file, bytes);
            assertNull(snapshotOf(file), damage.getKey());
            assertShowsTheFullCatalog(dir, damage.getKey());
        }
        assertTrue(catalog.foods().equals(CatalogSnapshot.decode(altered(snapshot, b -> b), catalog.version())
                .catalog().foods()), "the helper alone changes nothing");
    }

    @Test
    void aSnapshotOfAnotherFoodCountOrSchemaVersionThanTheMetaFallsBack() throws Exception {
        for (String damage : List.of("UPDATE meta SET value = value + 1 WHERE key = 'food_count'",
                "UPDATE meta SET value = value - 1 WHERE key = 'schema_version'")) {
            Path dir = Files.createDirectories(other.resolve("m" + damage.hashCode()));
            Path file = dir.resolve(CatalogStore.FILE_NAME);
            Files.copy(opened.file(), file);
            execute(file, damage);
            assertNull(snapshotOf(file), damage);
        }
    }

    @Test
    void aSnapshotLongerThanTheCapIsRefusedBeforeItIsRead() throws Exception {
        int length = snapshotBytes(opened.file()).length;
        assertNotNull(snapshotOf(opened.file(), length));
        assertNull(snapshotOf(opened.file(), length - 1));
        assertTrue(CatalogSnapshot.MAX_BYTES <= 64L << 20);
    }

    @Test
    void aRefusedSnapshotIsLoggedWithItsCause() throws Exception {
        Path file = copyWith("UPDATE snapshot SET data = x'00'");
        List<LogRecord> records = LoggedRecords.during(CatalogSnapshot.class, () -> assertNull(snapshotOf(file)));
        assertTrue(records.stream().anyMatch(r -> r.getThrown() instanceof CatalogException), "logged with its cause");
    }

    private void assertShowsTheFullCatalog(Path dir, String damage) throws Exception {
        OpenedCatalog reopened = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE);
        assertFalse(reopened.rebuilt().isPresent(), damage + ": the tables are read, nothing rebuilt");
        assertTrue(catalog.foods().equals(reopened.catalog().foods()), damage);
        assertEquals(catalog.sources(), reopened.catalog().sources(), damage);
        assertEquals(studies.studies(), reopened.studies().studies(), damage);
        assertEquals(studies.claims(), reopened.studies().claims(), damage);
    }

    private Path copyWith(String sql) throws Exception {
        Path copy = other.resolve("copy-" + System.nanoTime() + ".sqlite");
        Files.copy(opened.file(), copy);
        execute(copy, sql);
        return copy;
    }

    private static CatalogReader.Stored snapshotOf(Path file) throws SQLException {
        return snapshotOf(file, CatalogSnapshot.MAX_BYTES);
    }

    private static CatalogReader.Stored snapshotOf(Path file, long maxBytes) throws SQLException {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT key, value FROM meta")) {
            Map<String, String> meta = new HashMap<>();
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
            return CatalogSnapshot.read(c, meta, catalog.version(), maxBytes);
        }
    }

    /** The snapshot's bytes changed by {@code change}, with its CRC made right again: only the checks behind it see. */
    private static byte[] altered(byte[] snapshot, java.util.function.UnaryOperator<byte[]> change) {
        byte[] body = change.apply(Arrays.copyOf(snapshot, snapshot.length - Integer.BYTES));
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + Integer.BYTES).put(body).putInt((int) crc.getValue()).array();
    }

    private static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the snapshot: " + new String(what, StandardCharsets.UTF_8));
    }

    /** The first string {@code from} (after its length byte) replaced by {@code to}, of the same length. */
    private static UnaryOperator<byte[]> replace(String from, String to) {
        return bytes -> {
            int at = indexOf(bytes, ((char) from.length() + from).getBytes(StandardCharsets.UTF_8)) + 1;
            System.arraycopy(to.getBytes(StandardCharsets.UTF_8), 0, bytes, at, to.length());
            return bytes;
        };
    }

    /** The snapshot without the last string of its table: the references to it point past the table. */
    private static byte[] withoutLastString(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(2 * Integer.BYTES);
        skipString(in); // the data hash
        for (int n = varint(in); n > 0; n--) {
            skipString(in);
        }
        int countAt = in.position();
        int count = varint(in);
        int last = 0;
        for (int i = 0; i < count; i++) {
            last = in.position();
            skipString(in);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, countAt);
        for (int n = count - 1; ; n >>>= 7) {
            out.write(n > 0x7F ? n & 0x7F | 0x80 : n);
            if (n <= 0x7F) {
                break;
            }
        }
        int stringsFrom = countAt + varintLength(count);
        out.write(bytes, stringsFrom, last - stringsFrom);
        out.write(bytes, in.position(), bytes.length - in.position());
        return out.toByteArray();
    }

    private static int varintLength(int n) {
        int length = 1;
        while ((n >>>= 7) != 0) {
            length++;
        }
        return length;
    }

    private static int varint(ByteBuffer in) {
        int n = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            n |= (b & 0x7F) << shift;
            if (b >= 0) {
                return n;
            }
        }
    }

    private static void skipString(ByteBuffer in) {
        int length = varint(in);
        in.position(in.position() + length);
    }

    /** Two strings of the same length swapped where they first occur (the header's nutrient names). */
    private static UnaryOperator<byte[]> swap(String a, String b) {
        return bytes -> {
            int at = indexOf(bytes, a.getBytes(StandardCharsets.UTF_8));
            int bt = indexOf(bytes, b.getBytes(StandardCharsets.UTF_8));
            System.arraycopy(b.getBytes(StandardCharsets.UTF_8), 0, bytes, at, a.length());
            System.arraycopy(a.getBytes(StandardCharsets.UTF_8), 0, bytes, bt, b.length());
            return bytes;
        };
    }

    /** The snapshot's parts replaced by {@code bytes}. */
    private static void storeSnapshot(Path file, byte[] bytes) throws SQLException {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_WRITE)) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM snapshot");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO snapshot (part, format, data) "
                    + "VALUES (?, ?, ?)")) {
                for (int from = 0; from < bytes.length; from += CatalogSnapshot.PART_BYTES) {
                    p.setInt(1, from / CatalogSnapshot.PART_BYTES);
                    p.setInt(2, CatalogSchema.VERSION);
                    p.setBytes(3, Arrays.copyOfRange(bytes, from,
                            Math.min(bytes.length, from + CatalogSnapshot.PART_BYTES)));
                    p.executeUpdate();
                }
            }
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
