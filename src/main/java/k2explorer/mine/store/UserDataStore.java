package k2explorer.mine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import k2explorer.i18n.Messages;
import k2explorer.storage.AtomicFile;
import k2explorer.storage.PlainReason;

/**
 * The user's own data (my foods, day plans) in its own SQLite file next to the rebuildable catalog. Opening it
 * never loses data ({@link StoreOpener}): a damaged file is moved aside; a file locked by another running copy of
 * the app, one that cannot be written (or whose folder cannot) and one SQLite cannot open for writing are opened
 * read-only; and a migration ({@link Migrator}) is preceded by a backup that is put back if it fails.
 * One connection is shared and every call is synchronized, so background tasks can use it from any thread.
 * A failure after opening is reported in the user's words, naming the file and what was being read or saved.
 */
public final class UserDataStore implements AutoCloseable {
    public static final String FILE_NAME = "user-data.sqlite";
    static final String LOCK_NAME = "user-data.lock";

    private final StoreFiles files;
    private final Migrator migrator;
    private final LiveConnection live;
    private final String readOnlyReason;
    private final StoreLock lock;
    private boolean closed;

    UserDataStore(Migrator migrator, LiveConnection live, String readOnlyReason, StoreLock lock) {
        this.files = live.files();
        this.migrator = migrator;
        this.live = live;
        this.readOnlyReason = readOnlyReason;
        this.lock = lock;
        AtomicFile.protect(files.live());
    }

    /** What opening found, for the user: the store, whether it is read-only and anything that was done. */
    public record Opened(UserDataStore store, Status status, String message, Path movedAside) {
    }

    /**
     * A done restore: where the replaced data was copied to, and the settings the backup carries (empty for a backup
     * made before backups carried them).
     */
    public record Restored(Path previous, Map<String, String> preferences) {
    }

    /**
     * READ_ONLY_FILE: the file, its folder or its lock file cannot be written; READ_ONLY_CANNOT_OPEN: SQLite could
     * not open the file for writing although it is not damaged (it is left as it is).
     */
    public enum Status {
        OK, CREATED, MIGRATED, CORRUPT_MOVED_ASIDE, READ_ONLY_LOCKED, READ_ONLY_FILE, NEWER_VERSION,
        READ_ONLY_CANNOT_OPEN
    }

    public static Opened open(Path directory) {
        return open(directory, UserDataSchema.MIGRATIONS);
    }

    /** Opens with the given migrations (tests use broken ones to check that a failed migration is undone). */
    static Opened open(Path directory, List<Migration> migrations) {
        return StoreOpener.open(directory, migrations);
    }

    public Path file() {
        return files.file();
    }

    public boolean readOnly() {
        return readOnlyReason != null;
    }

    public String readOnlyReason() {
        return readOnlyReason;
    }

    public synchronized int schemaVersion() {
        try {
            return live.version();
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.cannotRead", file(), PlainReason.of(e)), e);
        }
    }

    /**
     * Runs read work on the shared connection; an empty file read-only has no tables, so {@code empty} answers
     * (whether it has them is asked once per connection, {@link LiveConnection#hasSchema()}).
     * {@code what} names what is read ("your foods") for the message if reading fails.
     */
    public synchronized <T> T read(String what, SqlWork<T> work, T empty) {
        try {
            if (!live.isOpen() || !live.hasSchema()) {
                return empty;
            }
            return work.run(live.get());
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.cannotReadData", what, file(), PlainReason.of(e)), e);
        }
    }

    /** Reads items row by row ({@link StoredRows.Reader}); {@code what} names them for the message on failure. */
    public <T> StoredRows<T> readRows(String what, StoredRows.Reader<T> reader) {
        return read(what, c -> {
            List<UnreadRow> unread = new ArrayList<>();
            List<T> items = reader.read(c, unread);
            return new StoredRows<>(items, unread);
        }, StoredRows.none());
    }

    /** {@link #read(String, SqlWork, Object)} of the user's data as a whole. */
    public <T> T read(SqlWork<T> work, T empty) {
        return read(Messages.get("store.what.data"), work, empty);
    }

    /**
     * Runs write work in one transaction: all of it is saved, or none. {@code what} names what is saved ("the food
     * “Natto”") for the message if saving fails.
     */
    public synchronized <T> T write(String what, SqlWork<T> work) {
        if (readOnly()) {
            throw new UserDataException(Messages.get("store.notSavedReadOnly", readOnlyReason));
        }
        try {
            return live.inTransaction(work);
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.notSaved", what, file(), PlainReason.of(e)), e);
        }
    }

    /** {@link #write(String, SqlWork)} of changes not named further. */
    public <T> T write(SqlWork<T> work) {
        return write(Messages.get("store.what.changes"), work);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Writes a consistent copy of the user file to {@code target}, carrying {@code preferences} with it. */
    public synchronized void backupTo(Path target, Map<String, String> preferences) {
        if (!live.isOpen()) {
            throw new UserDataException(Messages.get("store.nothingToBackUp", file()));
        }
        Backups.write(live.get(), target, preferences);
    }

    /** Writes a consistent copy of the whole user file to {@code target} (which must not exist yet). */
    public void backupTo(Path target) {
        backupTo(target, Map.of());
    }

    /**
     * Replaces the user data with a backup file after checking it; the current data is first copied next to the
     * file, so a restore can itself be undone. Returns where that copy is and the settings the backup carries.
     */
    public synchronized Restored restoreFrom(Path backup) {
        if (readOnly()) {
            throw new UserDataException(Messages.get("store.restoreReadOnly", readOnlyReason));
        }
        return Backups.restore(live, migrator, backup);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            AtomicFile.release(files.live());
        }
        live.closeQuietly();
        if (lock != null) {
            lock.release();
        }
    }
}
