package k2explorer.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import k2explorer.OtherUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The driver's native library is extracted once into the data folder's cache and loaded from there; a damaged copy
 * is replaced, and where the folder cannot be written the driver loads its library its own way. Each start is a
 * fresh JVM run as a user that file permissions bind ({@link OtherUser}), so "loaded from" is what the kernel mapped.
 */
class SqliteNativeLibraryTest {
    private static final String RESOURCE = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
            + LibraryLoaderUtil.getNativeLibName();

    private Path shared;
    private Path data;
    private OtherUser other;

    @BeforeEach
    void setUp() throws IOException {
        shared = OtherUser.sharedTempDir();
        data = Files.createDirectory(shared.resolve("data folder"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        other = OtherUser.forClasses(NativeLibraryChild.class, SqliteNativeLibrary.class, org.sqlite.JDBC.class,
                org.slf4j.LoggerFactory.class);
    }

    @AfterEach
    void tearDown() throws IOException {
        if (other != null) {
            other.close();
        }
        OtherUser.deleteTree(shared);
    }

    private Path versionFolder() {
        return data.resolve("cache").resolve("sqlite-native").resolve(SQLiteJDBCLoader.getVersion());
    }

    private Path copy() throws IOException {
        try (Stream<Path> all = Files.walk(versionFolder())) {
            return all.filter(p -> p.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName()))
                    .findFirst().orElseThrow();
        }
    }

    private static byte[] driversLibrary() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private String start() throws Exception {
        String out = other.run(NativeLibraryChild.class, data.toString());
        assertTrue(out.lines().anyMatch(l -> l.matches("version=3\\.\\d+\\.\\d+")), "SQLite answers: " + out);
        return out;
    }

    private static List<String> loaded(String out) {
        return out.lines().filter(l -> l.startsWith("loaded=")).map(l -> l.substring(7)).toList();
    }

    private static void damage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int at = 1000; at < bytes.length; at += 4099) {
            bytes[at] = (byte) ~bytes[at];
        }
        Files.write(file, bytes);
    }

    @Test
    void theFirstStartExtractsTheLibraryOnceAndLaterStartsLoadItFromTheCache() throws Exception {
        String first = start();
        assertTrue(first.contains("outcome=EXTRACTED"), first);
        Path copy = copy();
        assertEquals(List.of(copy.toString()), loaded(first), "loaded from the cache, not the temporary folder");
        assertArrayEquals(driversLibrary(), Files.readAllBytes(copy));
        FileTime written = Files.getLastModifiedTime(copy);

        String second = start();
        assertTrue(second.contains("outcome=CACHED_COPY"), second);
        assertEquals(List.of(copy.toString()), loaded(second));
        assertEquals(written, Files.getLastModifiedTime(copy), "the copy is not written again");
    }

    @Test
    void aDamagedCopyIsReplacedBeforeItIsLoaded() throws Exception {
        start();
        Path copy = copy();
        damage(copy);

        String out = start();
        assertTrue(out.contains("outcome=EXTRACTED"), out);
        assertEquals(List.of(copy.toString()), loaded(out));
        assertArrayEquals(driversLibrary(), Files.readAllBytes(copy));
    }

    @Test
    void aCopyCutShortIsReplaced() throws Exception {
        start();
        Path copy = copy();
        byte[] whole = Files.readAllBytes(copy);
        Files.write(copy, java.util.Arrays.copyOf(whole, whole.length / 2));

        String out = start();
        assertTrue(out.contains("outcome=EXTRACTED"), out);
        assertArrayEquals(whole, Files.readAllBytes(copy));
    }

    @Test
    void anotherDriverVersionsCopyIsNotUsedAndIsRemoved() throws Exception {
        SqliteNativeLibrary.Prepared old = SqliteNativeLibrary.prepare(data.resolve("cache").resolve("sqlite-native"),
                "3.0.0.0", LibraryLoaderUtil.getNativeLibResourcePath(), LibraryLoaderUtil.getNativeLibName());
        assertEquals(SqliteNativeLibrary.Outcome.EXTRACTED, old.outcome());
        Path oldVersion = data.resolve("cache").resolve("sqlite-native").resolve("3.0.0.0");
        assertTrue(Files.isDirectory(oldVersion));
        makeWritableByAll(data);

        String out = start();
        assertTrue(out.contains("outcome=EXTRACTED"), out);
        assertEquals(List.of(copy().toString()), loaded(out));
        assertFalse(Files.exists(oldVersion), "the other version's copy is removed");
    }

    @Test
    void aFolderTheUserCannotWriteLeavesTheLibraryToTheDriver() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));

        String out = start();
        assertTrue(out.contains("outcome=DRIVER"), out);
        List<String> loaded = loaded(out);
        assertEquals(1, loaded.size(), out);
        assertFalse(loaded.get(0).startsWith(data.toString()), "the driver's own copy: " + out);
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(0, files.count(), "nothing written into the folder");
        }
    }

    @Test
    void aDamagedCopyInAFolderTheUserCannotWriteIsNotLoaded() throws Exception {
        start();
        Path copy = copy();
        damage(copy);
        byte[] damaged = Files.readAllBytes(copy);
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
                }
            }
        }

        String out = start();
        assertTrue(out.contains("outcome=DRIVER"), out);
        assertFalse(loaded(out).contains(copy.toString()), out);
        assertArrayEquals(damaged, Files.readAllBytes(copy), "left as it was");
    }

    @Test
    void aDataFolderWhereNothingMayRunLeavesTheLibraryToTheDriver() throws Exception {
        try (k2explorer.SmallDisk noexec = k2explorer.SmallDisk.mountedNoExec(data, 8 * 1024)) {
            String out = start();
            assertTrue(out.contains("outcome=EXTRACTED"), "the copy is made: " + out);
            List<String> loaded = loaded(out);
            assertEquals(1, loaded.size(), out);
            assertFalse(loaded.get(0).startsWith(data.toString()), "the driver's own copy, after ours failed: " + out);
        }
    }

    private static void makeWritableByAll(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx"
                        : "rw-rw-rw-"));
            }
        }
    }
}
