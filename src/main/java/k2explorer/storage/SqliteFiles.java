package k2explorer.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Opens SQLite files the same way everywhere: every connection of the app (catalog and user data) is made here,
 * with foreign keys enforced; what differs is only how the file is used, named by {@link Access}.
 */
public final class SqliteFiles {
    private static final int BUSY_TIMEOUT_MS = 5_000;
    /**
     * Page cache of a connection that reads a file once (the catalog at start-up, a backup's check), in KiB; SQLite's
     * default is 2,000. The catalog read filled the default cache, and the pages it malloc'd stayed resident in the
     * reading thread's malloc arena after the connection closed: ~2.5 MiB of the app's resident memory after start-up
     * (issue #29, docs/performance.md "mem branch"); the read's CPU time is the same with 256 KiB.
     */
    static final int READ_ONCE_CACHE_KIB = 256;

    /** How a connection uses its file. */
    public enum Access {
        /** Reads only; waits for another writer's lock. */
        READ_ONLY,
        /** Reads and writes in SQLite's default (rollback-journal) mode: a catalog being built, a backup's copy. */
        READ_WRITE,
        /** The user's own file: WAL, and every commit synced, so a committed plan survives a power cut. */
        DURABLE,
        /** Reads the main file alone, with no locks, no -shm and no -wal: for a folder where SQLite can create neither. */
        IMMUTABLE
    }

    private SqliteFiles() {
    }

    public static Connection open(Path file, Access access) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(access == Access.READ_ONLY || access == Access.IMMUTABLE);
        config.enforceForeignKeys(true);
        if (access == Access.READ_ONLY || access == Access.IMMUTABLE) {
            config.setCacheSize(-READ_ONCE_CACHE_KIB);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        if (access == Access.IMMUTABLE) {
            url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
        } else {
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
        }
        if (access == Access.DURABLE) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return DriverManager.getConnection(url, config.toProperties());
    }

    /**
     * A connection that has answered a first query (else it is closed and the failure thrown): SQLite opens lazily,
     * so only a query shows whether a file can be used.
     */
    public static Connection answering(Path file, Access access) throws SQLException {
        Connection c = open(file, access);
        try {
            userVersion(c);
            return c;
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The schema version a file records ({@code PRAGMA user_version}); 0 for a new file. */
    public static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
