package k2explorer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read once gets a small page cache (its pages stayed resident after the read); the user's file keeps SQLite's. */
class SqliteFilesTest {
    private static final int SQLITE_DEFAULT_CACHE_KIB = 2_000;

    @TempDir
    Path dir;

    private static int cacheSize(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aFileReadOnceGetsASmallPageCacheAndTheUsersFileKeepsTheDefault() throws SQLException {
        Path file = dir.resolve("f.sqlite");
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_WRITE);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
            assertEquals(-SQLITE_DEFAULT_CACHE_KIB, cacheSize(c));
        }
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY)) {
            assertEquals(-SqliteFiles.READ_ONCE_CACHE_KIB, cacheSize(c));
        }
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.IMMUTABLE)) {
            assertEquals(-SqliteFiles.READ_ONCE_CACHE_KIB, cacheSize(c));
        }
        try (Connection c = SqliteFiles.open(dir.resolve("user.sqlite"), SqliteFiles.Access.DURABLE)) {
            assertEquals(-SQLITE_DEFAULT_CACHE_KIB, cacheSize(c));
        }
    }
}
