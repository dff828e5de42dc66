package k2explorer.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Run in a fresh JVM by {@link SqliteNativeLibraryTest} (as a user file permissions bind): does what the app's start
 * does for the driver's library, opens a database, and prints what it did, the SQLite version it answered and the
 * file the library was really loaded from (from /proc/self/maps), one fact a line.
 */
public final class NativeLibraryChild {
    private NativeLibraryChild() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("outcome=" + SqliteNativeLibrary.useCachedCopy(Path.of(args[0])));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            System.out.println("version=" + rs.getString(1));
        }
        Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(l -> l.contains("sqlitejdbc"))
                .map(l -> l.substring(l.indexOf('/'))).distinct()
                .forEach(file -> System.out.println("loaded=" + file));
    }
}
