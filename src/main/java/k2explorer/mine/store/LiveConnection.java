package k2explorer.mine.store;

import java.sql.Connection;
import java.sql.SQLException;
import k2explorer.storage.SqliteFiles;

/**
 * The one connection to the user's file while the app runs; a restore or a failed migration closes it to replace
 * the file and opens it again. Null inside when there is no file to read.
 */
final class LiveConnection {
    private final StoreFiles files;
    private Connection connection;
    /** Whether this connection has seen the app's tables; see {@link #hasSchema()}. */
    private boolean schemaSeen;

    LiveConnection(StoreFiles files, Connection connection) {
        this.files = files;
        this.connection = connection;
    }

    StoreFiles files() {
        return files;
    }

    Connection get() {
        return connection;
    }

    boolean isOpen() {
        return connection != null;
    }

    int version() throws SQLException {
        return connection == null ? 0 : SqliteFiles.userVersion(connection);
    }

    /**
     * Whether the file has the app's tables (a schema version above 0), asked of SQLite until it has. A file with
     * tables keeps them: a migration only raises the version, and a restore or a failed migration replaces the file
     * and opens a new connection, which asks afresh. So reads ask once per connection, and an empty file another
     * window is still setting up (this one read-only) is asked again on each read until its tables are there.
     */
    boolean hasSchema() throws SQLException {
        if (!schemaSeen) {
            schemaSeen = version() > 0;
        }
        return schemaSeen;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or it is rolled back and the failure thrown.
     * The failure thrown is the first one: SQLite itself ends a transaction that fills the disk, and the clean-up
     * that then finds no transaction must not hide why.
     */
    <T> T inTransaction(UserDataStore.SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    /** Closes the connection, so the file can be replaced. */
    void close() throws SQLException {
        Connection c = connection;
        connection = null;
        schemaSeen = false;
        if (c != null) {
            c.close();
        }
    }

    void closeQuietly() {
        try {
            close();
        } catch (SQLException ignored) {
            // Closing after use; SQLite has committed everything that was committed.
        }
    }

    /** Opens the (replaced) file again for reading and writing. */
    void reopen() throws SQLException {
        schemaSeen = false;
        connection = SqliteFiles.open(files.file(), SqliteFiles.Access.DURABLE);
    }

    /** After a replacement that failed half-way: opens the file again if it was closed; a failure shows on next use. */
    void reopenIfClosed() {
        if (connection == null) {
            try {
                reopen();
            } catch (SQLException ignored) {
                // Reported by the failure that closed it; the next call reports again.
            }
        }
    }
}
