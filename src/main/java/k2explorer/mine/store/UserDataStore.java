package k2explorer.mine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import k2explorer.i18n.Messages;
import k2explorer.storage.AtomicFile;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The user's own data (my foods, day plans) in its own SQLite file next to the rebuildable catalog. Opening it
 * never loses data: a damaged file is moved aside; a file locked by another running copy of the app, one that
 * cannot be written (or whose folder cannot) and one SQLite cannot open for writing are opened read-only; and a
 * migration is preceded by a backup that is put back if it fails.
 * One connection is shared and every call is synchronized, so background tasks can use it from any thread.
 */
public final class UserDataStore implements AutoCloseable {
    public static final String FILE_NAME = "user-data.sqlite";
    static final String LOCK_NAME = "user-data.lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path file;
    private final List<Migration> migrations;
    private Connection connection;
    private final String readOnlyReason;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean closed;

    private UserDataStore(Path file, List<Migration> migrations, Connection connection, String readOnlyReason,
                          FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.migrations = migrations;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.lockChannel = lockChannel;
        this.lock = lock;
        AtomicFile.protect(liveFiles(file));
    }

    /** The file and what SQLite and the app keep beside it: never the target of a backup or an export. */
    private static Path[] liveFiles(Path file) {
        return new Path[] {file, file.resolveSibling(FILE_NAME + "-wal"), file.resolveSibling(FILE_NAME + "-shm"),
            file.resolveSibling(FILE_NAME + "-journal"), file.resolveSibling(LOCK_NAME)};
    }

    /** What opening found, for the user: the store, whether it is read-only and anything that was done. */
    public record Opened(UserDataStore store, Status status, String message, Path movedAside) {
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
        // The folder counts as much as the file: SQLite writes its -wal and -shm beside the file.
        java.util.function.Predicate<Path> writable = Files::isWritable;
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserDataException(Messages.get("store.noFolder", directory, e.getMessage()), e);
        }
        if (!writable.test(directory)) {
            return readOnly(file, migrations, Status.READ_ONLY_FILE,
                    Messages.get("store.why.folderNotWritable", directory, file));
        }
        Path lockFile = directory.resolve(LOCK_NAME);
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            // Not being able to take the lock says nothing about another window; it says the lock cannot be written.
            closeQuietly(channel);
            return readOnly(file, migrations, Status.READ_ONLY_FILE,
                    Messages.get("store.why.lockNotWritable", lockFile, e.getMessage(), file));
        }
        if (lock == null) {
            closeQuietly(channel);
            return readOnly(file, migrations, Status.READ_ONLY_LOCKED, Messages.get("store.why.locked", file));
        }
        boolean existed = Files.exists(file);
        if (Files.isDirectory(file)) {
            releaseQuietly(lock, channel);
            return readOnly(file, migrations, Status.READ_ONLY_CANNOT_OPEN, Messages.get("store.why.folder", file));
        }
        if (existed && !writable.test(file)) {
            releaseQuietly(lock, channel);
            return readOnly(file, migrations, Status.READ_ONLY_FILE, Messages.get("store.why.notWritable", file));
        }
        Path movedAside = null;
        if (existed) {
            rollBackInterruptedWork(file);
            Health health = check(file);
            if (health.damaged()) {
                movedAside = moveAside(file, "corrupt");
                existed = false;
            } else if (!health.ok()) {
                releaseQuietly(lock, channel);
                return readOnly(file, migrations, Status.READ_ONLY_CANNOT_OPEN,
                        Messages.get("store.why.cannotOpen", file, health.reason()));
            }
        }
        Connection c;
        int version;
        try {
            c = answering(connect(file, false));
            version = version(c);
        } catch (SQLException e) {
            releaseQuietly(lock, channel);
            return readOnly(file, migrations, Status.READ_ONLY_CANNOT_OPEN,
                    Messages.get("store.why.cannotOpen", file, plainReason(e)));
        }
        UserDataStore store = null;
        try {
            if (version > latest(migrations)) {
                c.close();
                releaseQuietly(lock, channel);
                return readOnly(file, migrations, Status.NEWER_VERSION, Messages.get("store.why.newer", file));
            }
            store = new UserDataStore(file, migrations, c, null, channel, lock);
            Status status = store.migrate(version);
            if (movedAside != null) {
                return new Opened(store, Status.CORRUPT_MOVED_ASIDE, Messages.get("store.movedAside", movedAside,
                        file), movedAside);
            }
            return new Opened(store, existed ? status : Status.CREATED, "", null);
        } catch (SQLException e) {
            if (store != null) {
                // Closes whatever connection the failed migration left and releases the lock.
                store.close();
            } else {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                releaseQuietly(lock, channel);
            }
            throw new UserDataException(Messages.get("store.cannotOpen", file, e.getMessage()), e);
        }
    }

    private static Opened readOnly(Path file, List<Migration> migrations, Status status, String why) {
        UserDataStore store = openReadOnly(file, migrations, why);
        return new Opened(store, status, Messages.get("store.readOnly", store.readOnlyReason()), null);
    }

    /**
     * A read-only connection, and if SQLite cannot open even that (a WAL file needs a -shm beside it, which a
     * read-only folder cannot get) an immutable one, which reads the main file alone; the reason then says whether
     * changes still waiting in the -wal are left out.
     */
    private static UserDataStore openReadOnly(Path file, List<Migration> migrations, String why) {
        if (!Files.exists(file)) {
            return new UserDataStore(file, migrations, null, why, null, null);
        }
        try {
            return new UserDataStore(file, migrations, answering(connect(file, true)), why, null, null);
        } catch (SQLException e) {
            // A read-only folder is answered with SQLITE_CANTOPEN by some SQLite versions and with
            // SQLITE_READONLY_DIRECTORY (an extended SQLITE_READONLY) by others: both mean "no -shm here".
            int code = primaryCode(e);
            boolean hotJournal = e instanceof SQLiteException se
                    && se.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK;
            // With a hot journal the main file holds half-written pages: reading it immutable would show them.
            if (hotJournal || code != SQLiteErrorCode.SQLITE_CANTOPEN.code
                    && code != SQLiteErrorCode.SQLITE_READONLY.code) {
                return unreadable(file, migrations, why, e);
            }
        }
        try {
            Connection c = answering(connectImmutable(file));
            Path wal = file.resolveSibling(FILE_NAME + "-wal");
            boolean changesLeftOut = Files.exists(wal) && Files.size(wal) > 0;
            return new UserDataStore(file, migrations, c,
                    changesLeftOut ? Messages.get("store.walLeftOut", why, wal) : why, null, null);
        } catch (SQLException | IOException e) {
            return unreadable(file, migrations, why, e);
        }
    }

    /** The connection once it has answered a first query; SQLite opens lazily, so only a query shows failure. */
    private static Connection answering(Connection c) throws SQLException {
        try {
            version(c);
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

    private static UserDataStore unreadable(Path file, List<Migration> migrations, String why, Exception e) {
        String reason = e instanceof SQLException se ? plainReason(se) : e.getMessage();
        return new UserDataStore(file, migrations, null, Messages.get("store.unreadableToo", why, reason),
                null, null);
    }

    /**
     * Work a killed app or a power cut left half-done in rollback-journal mode (a restore or a migration switches
     * modes) is undone by the first read-write open: do that before the file is checked, so it is checked as
     * last committed. A read-only open cannot, and would answer SQLITE_READONLY_ROLLBACK for ever.
     */
    private static void rollBackInterruptedWork(Path file) {
        if (!Files.exists(file.resolveSibling(FILE_NAME + "-journal"))) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            version(c);
        } catch (SQLException e) {
            // The check that follows reports what is wrong.
        }
    }

    /** What SQLite's answer means for the user, in their words (SQLite's own text goes to no message). */
    static String plainReason(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        if (code == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK) {
            return Messages.get("store.reason.hotJournal");
        }
        int primary = primaryCode(e);
        String key;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            key = "store.reason.busy";
        } else if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            key = "store.reason.readOnly";
        } else if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            key = "store.reason.cantOpen";
        } else if (primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_FULL.code) {
            key = "store.reason.disk";
        } else if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            key = "store.reason.damaged";
        } else {
            return Messages.get("store.reason.other", primary);
        }
        return Messages.get(key);
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnlyReason != null;
    }

    public String readOnlyReason() {
        return readOnlyReason;
    }

    public synchronized int schemaVersion() {
        try {
            return connection == null ? 0 : version(connection);
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.cannotRead", file, e.getMessage()), e);
        }
    }

    /** Runs read work on the shared connection; an empty file read-only has no tables, so {@code empty} answers. */
    public synchronized <T> T read(SqlWork<T> work, T empty) {
        if (connection == null || schemaVersion() == 0) {
            return empty;
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.cannotReadData", file, e.getMessage()), e);
        }
    }

    /** Runs write work in one transaction: all of it is saved, or none. */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly()) {
            throw new UserDataException(Messages.get("store.notSavedReadOnly", readOnlyReason));
        }
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.notSaved", file, e.getMessage()), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** The table a backup carries the settings in (target, counted forms, theme, hidden columns …). */
    static final String PREFERENCES_TABLE = "backup_preference";

    /** Writes a consistent copy of the user file to {@code target}, carrying {@code preferences} with it. */
    public synchronized void backupTo(Path target, java.util.Map<String, String> preferences) {
        if (connection == null) {
            throw new UserDataException(Messages.get("store.nothingToBackUp", file));
        }
        try {
            AtomicFile.write(target, temp -> {
                // VACUUM INTO writes only a file that does not exist yet
                Files.delete(temp);
                try (PreparedStatement p = connection.prepareStatement("VACUUM INTO ?")) {
                    p.setString(1, temp.toAbsolutePath().toString());
                    p.execute();
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
                if (preferences.isEmpty()) {
                    return null;
                }
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.toAbsolutePath());
                     Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE " + PREFERENCES_TABLE + " (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO " + PREFERENCES_TABLE
                            + " (key, value) VALUES (?, ?)")) {
                        for (java.util.Map.Entry<String, String> e : preferences.entrySet()) {
                            p.setString(1, e.getKey());
                            p.setString(2, e.getValue());
                            p.addBatch();
                        }
                        p.executeBatch();
                    }
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
                return null;
            });
        } catch (IOException e) {
            throw new UserDataException(Messages.get("store.backupFailed", target, e.getMessage()), e);
        }
    }

    /** The settings a backup carries; empty for a backup made before backups carried them. */
    public java.util.Map<String, String> preferencesIn(Path backup) {
        checkBackup(backup);
        java.util.Map<String, String> preferences = new java.util.TreeMap<>();
        try (Connection c = connect(backup, true);
             Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = '"
                     + PREFERENCES_TABLE + "'")) {
            if (tables.next() && tables.getInt(1) == 1) {
                try (Statement q = c.createStatement();
                     ResultSet rs = q.executeQuery("SELECT key, value FROM " + PREFERENCES_TABLE)) {
                    while (rs.next()) {
                        preferences.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.backupUnreadable", backup, e.getMessage()), e);
        }
        return preferences;
    }

    /** Writes a consistent copy of the whole user file to {@code target} (which must not exist yet). */
    public void backupTo(Path target) {
        backupTo(target, java.util.Map.of());
    }

    /**
     * Replaces the user data with a backup file after checking it; the current data is first copied next to the
     * file, so a restore can itself be undone. Returns where that copy is.
     */
    public synchronized Path restoreFrom(Path backup) {
        if (readOnly()) {
            throw new UserDataException(Messages.get("store.restoreReadOnly", readOnlyReason));
        }
        checkBackup(backup);
        Path before = file.resolveSibling("user-data.before-restore-" + LocalDateTime.now().format(STAMP)
                + ".sqlite");
        backupTo(before);
        Path temp = file.resolveSibling(FILE_NAME + ".restoring");
        try {
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            connection.close();
            connection = null;
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(file.resolveSibling(FILE_NAME + "-wal"));
            Files.deleteIfExists(file.resolveSibling(FILE_NAME + "-shm"));
            connection = connect(file, false);
            try (Statement s = connection.createStatement()) {
                // The settings a backup carries are read from the backup itself, on request; the live file
                // holds data only.
                s.execute("DROP TABLE IF EXISTS " + PREFERENCES_TABLE);
            }
            migrate(version(connection));
            return before;
        } catch (IOException | SQLException e) {
            throw new UserDataException(Messages.get("store.restoreFailed", backup, before, e.getMessage()), e);
        } finally {
            if (connection == null) {
                try {
                    connection = connect(file, false);
                } catch (SQLException ignored) {
                    // Reported by the exception above; the next call reports again.
                }
            }
        }
    }

    private void checkBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new UserDataException(Messages.get("store.noBackup", backup));
        }
        if (AtomicFile.isLive(backup)) {
            // The live file read as a backup lacks what is still in its -wal; restoring it would lose that.
            throw new UserDataException(Messages.get("store.backupIsLive", backup));
        }
        if (!healthy(backup)) {
            throw new UserDataException(Messages.get("store.backupCorrupt", backup));
        }
        try (Connection c = connect(backup, true)) {
            int v = version(c);
            if (v < 1 || v > latest(migrations)) {
                throw new UserDataException(Messages.get("store.backupVersion", backup, String.valueOf(v)));
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'my_food'")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new UserDataException(Messages.get("store.backupNotOurs", backup));
                }
            }
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.backupUnreadable", backup, e.getMessage()), e);
        }
    }

    /** Brings the file up to the latest schema; with data in it, a backup is taken first and restored on failure. */
    private Status migrate(int from) throws SQLException {
        if (from >= latest(migrations)) {
            return Status.OK;
        }
        Path backup = null;
        if (from > 0) {
            backup = file.resolveSibling("user-data.before-v" + latest(migrations) + "-"
                    + LocalDateTime.now().format(STAMP) + ".sqlite");
            backupTo(backup);
        }
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (Migration m : migrations) {
                    if (m.version() > from) {
                        for (String sql : m.statements()) {
                            s.execute(sql);
                        }
                        s.execute("PRAGMA user_version = " + m.version());
                    }
                }
            }
            connection.commit();
            return Status.MIGRATED;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            if (backup != null) {
                restoreAfterFailedMigration(backup);
            }
            String outcome = backup == null ? "store.migrationFailed.nothing" : "store.migrationFailed.restored";
            throw new SQLException(Messages.get(outcome, String.valueOf(latest(migrations)), e.getMessage(), backup),
                    e);
        } finally {
            if (connection != null) {
                connection.setAutoCommit(true);
            }
        }
    }

    private void restoreAfterFailedMigration(Path backup) throws SQLException {
        connection.close();
        connection = null;
        try {
            Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(file.resolveSibling(FILE_NAME + "-wal"));
            Files.deleteIfExists(file.resolveSibling(FILE_NAME + "-shm"));
        } catch (IOException e) {
            throw new SQLException(Messages.get("store.restoreBackFailed", backup, e.getMessage()), e);
        }
    }

    private static int latest(List<Migration> migrations) {
        return migrations.get(migrations.size() - 1).version();
    }

    static boolean healthy(Path file) {
        return check(file).ok();
    }

    /** What SQLite's quick check says of a file: fine, damaged, or not opened at all (which is not damage). */
    record Health(boolean ok, boolean damaged, String error, String reason) {
        Health(boolean ok, boolean damaged, String error) {
            this(ok, damaged, error, error);
        }
    }

    static Health check(Path file) {
        try (Connection c = connect(file, true);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no result";
            return "ok".equals(result) ? new Health(true, false, "") : new Health(false, true, result);
        } catch (SQLException e) {
            int code = primaryCode(e);
            boolean damaged = code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
            return new Health(false, damaged, e.getMessage(), plainReason(e));
        }
    }

    private static int primaryCode(SQLException e) {
        return e instanceof SQLiteException se ? se.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
    }

    private static Path moveAside(Path file, String why) {
        String stamp = LocalDateTime.now().format(STAMP);
        Path aside = file.resolveSibling("user-data." + why + "-" + stamp + ".sqlite");
        try {
            Files.move(file, aside);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = file.resolveSibling(FILE_NAME + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            return aside;
        } catch (IOException e) {
            throw new UserDataException(Messages.get("store.cannotMoveAside", file, e.getMessage()), e);
        }
    }

    public static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a committed plan survives not only a killed app but a power cut.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** Reads the main file with no locks, no -shm and no -wal: for a folder where SQLite can create neither. */
    static Connection connectImmutable(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1",
                config.toProperties());
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            AtomicFile.release(liveFiles(file));
        }
        try {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        } catch (SQLException ignored) {
            // Closing after use; SQLite has committed everything that was committed.
        }
        releaseQuietly(lock, lockChannel);
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Nothing to lose: the channel only held a lock.
        }
    }
}
