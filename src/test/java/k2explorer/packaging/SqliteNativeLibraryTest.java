package k2explorer.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The app image carries SQLite's native library beside its jars, and with {@code -Dorg.sqlite.lib.path} pointing
 * there (the image's option) a start opens its database without copying the library into the temporary folder;
 * without the option the driver still copies it (the fallback when the file is missing).
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path folder;

    @Test
    void copiesTheDriversLibraryForThisOsUnderTheNameItLooksFor() throws IOException {
        Path library = SqliteNativeLibrary.copyInto(folder.resolve("app"));
        assertEquals(System.mapLibraryName("sqlitejdbc"), library.getFileName().toString());
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + library.getFileName())) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(library));
        }
    }

    @Test
    void aFolderHoldingTheSameLibraryIsCurrentAnyOtherIsNot() throws IOException {
        Path app = folder.resolve("current");
        assertTrue(!SqliteNativeLibrary.isCurrent(app), "an empty folder");
        Path library = SqliteNativeLibrary.copyInto(app);
        assertTrue(SqliteNativeLibrary.isCurrent(app));
        byte[] changed = Files.readAllBytes(library);
        changed[changed.length / 2] ^= 1;
        Files.write(library, changed);
        assertTrue(!SqliteNativeLibrary.isCurrent(app), "a library of another build is copied over");
    }

    /**
     * A platform the driver has no library for (a stand-in resource name): mvn javafx:run's copy, run in every build,
     * says so in one line and lets the build go on; the image's copy still fails loudly.
     */
    @Test
    void aPlatformWithoutALibraryFailsOnlyTheImagesCopy() throws IOException {
        String none = LibraryLoaderUtil.getNativeLibResourcePath() + "-NoSuchProcessor/"
                + System.mapLibraryName("sqlitejdbc");
        Path run = folder.resolve("run");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        SqliteNativeLibrary.put(run, none, true, new PrintStream(said, true, StandardCharsets.UTF_8));
        List<String> lines = said.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains(none), lines.get(0));
        assertFalse(Files.exists(run.resolve(System.mapLibraryName("sqlitejdbc"))), "a library was copied");

        IOException failed = assertThrows(IOException.class, () -> SqliteNativeLibrary.put(folder.resolve("image"),
                none, false, new PrintStream(OutputStream.nullOutputStream())));
        assertTrue(failed.getMessage().contains(none), failed.getMessage());

        // the driver's own library for this platform: both copies put it in place
        SqliteNativeLibrary.put(run, SqliteNativeLibrary.resource(), true,
                new PrintStream(OutputStream.nullOutputStream()));
        assertTrue(SqliteNativeLibrary.isCurrent(run));
    }

    @Test
    void aStartWithTheImagesOptionCopiesNothingIntoTheTemporaryFolder() throws Exception {
        Path app = folder.resolve("app");
        SqliteNativeLibrary.copyInto(app);
        Path temporary = Files.createDirectories(folder.resolve("tmp-with"));
        assertEquals("ok []", openDatabase(temporary, "-Dorg.sqlite.lib.path=" + app));

        Path fallback = Files.createDirectories(folder.resolve("tmp-without"));
        String copied = openDatabase(fallback);
        assertTrue(copied.startsWith("ok [") && copied.contains(System.mapLibraryName("sqlitejdbc")),
                "without the option the driver copies its library: " + copied);
    }

    @Test
    void aStartWhoseFolderLacksTheLibraryStillOpensItsDatabase() throws Exception {
        // an image whose copy is missing (or refused by the OS): the option names a folder without the library
        Path empty = Files.createDirectories(folder.resolve("app-without-library"));
        Path temporary = Files.createDirectories(folder.resolve("tmp-missing"));
        String opened = openDatabase(temporary, "-Dorg.sqlite.lib.path=" + empty);
        assertTrue(opened.startsWith("ok [") && opened.contains(System.mapLibraryName("sqlitejdbc")),
                "the driver falls back to copying its own library: " + opened);
    }

    /**
     * A fresh JVM on this class path opens an in-memory database; returns its last line: "ok" and the files of
     * the temporary folder while the database is open (the driver deletes its copy when the JVM ends normally).
     */
    private static String openDatabase(Path temporary, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + temporary));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OpenDatabase.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        assertEquals(0, process.waitFor(), output);
        return output.substring(output.lastIndexOf('\n') + 1); // after the test class path's logging notices
    }

    /** The child JVM: opens a database through the driver, which loads its native library first. */
    public static final class OpenDatabase {
        public static void main(String[] args) throws SQLException, IOException {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                 ResultSet result = connection.createStatement().executeQuery("select 'ok'");
                 Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                result.next();
                System.out.println(result.getString(1) + " "
                        + files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }
}
