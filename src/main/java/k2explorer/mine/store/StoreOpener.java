package k2explorer.mine.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.UserDataStore.Opened;
import k2explorer.mine.store.UserDataStore.Status;
import k2explorer.storage.SqliteFiles;

/**
 * Opening the user file, triaged: a folder, lock or file that cannot be written, another window's lock, a file
 * SQLite cannot open and one written by a newer version open read-only ({@link ReadOnlyOpener}); a damaged file is
 * moved aside and a fresh one started; anything else opens read-write and is migrated to the latest schema.
 */
final class StoreOpener {
    private StoreOpener() {
    }

    /** The file open for writing with the lock held, or why it must be opened read-only: one of the two. */
    private record Triage(ReadOnly readOnly, Writable writable) {
        static Triage readOnly(Status status, String why) {
            return new Triage(new ReadOnly(status, why), null);
        }
    }

    /** The file open for writing: its lock, its connection, the version it has, and a damaged file moved aside. */
    private record Writable(StoreLock lock, LiveConnection live, int version, Path movedAside, boolean existed) {
    }

    static Opened open(Path directory, List<Migration> migrations) {
        StoreFiles files = StoreFiles.in(directory);
        Migrator migrator = new Migrator(migrations);
        Triage triage = triage(files, migrator.latest());
        if (triage.readOnly() != null) {
            return ReadOnlyOpener.open(files, migrator, triage.readOnly());
        }
        Writable w = triage.writable();
        UserDataStore store = new UserDataStore(migrator, w.live(), null, w.lock());
        Status status;
        try {
            status = migrator.migrate(w.live(), w.version());
        } catch (UserDataException e) {
            // Closes whatever connection a failed migration left and releases the lock.
            store.close();
            throw new UserDataException(Messages.get("store.cannotOpen", files.file(), e.getMessage()), e);
        }
        if (w.movedAside() != null) {
            return new Opened(store, Status.CORRUPT_MOVED_ASIDE, Messages.get("store.movedAside", w.movedAside(),
                    files.file()), w.movedAside());
        }
        return new Opened(store, w.existed() ? status : Status.CREATED, "", null);
    }

    /** The first reason to open read-only, checked in order; else the file open for writing. */
    private static Triage triage(StoreFiles files, int latestVersion) {
        // The folder counts as much as the file: SQLite writes its -wal and -shm beside the file.
        if (!Files.isWritable(files.directory())) {
            return Triage.readOnly(Status.READ_ONLY_FILE, Messages.get("store.why.folderNotWritable",
                    files.directory(), files.file()));
        }
        StoreLock.Attempt attempt = StoreLock.take(files);
        if (attempt.refused() != null) {
            return new Triage(attempt.refused(), null);
        }
        StoreLock lock = attempt.taken();
        Triage triage;
        try {
            triage = triageLocked(files, lock, latestVersion);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
        if (triage.readOnly() != null) {
            lock.release();
        }
        return triage;
    }

    private static Triage triageLocked(StoreFiles files, StoreLock lock, int latestVersion) {
        Path file = files.file();
        if (Files.isDirectory(file)) {
            return Triage.readOnly(Status.READ_ONLY_CANNOT_OPEN, Messages.get("store.why.folder", file));
        }
        boolean existed = Files.exists(file);
        if (existed && !Files.isWritable(file)) {
            return Triage.readOnly(Status.READ_ONLY_FILE, Messages.get("store.why.notWritable", file));
        }
        Path movedAside = null;
        if (existed) {
            rollBackInterruptedWork(files);
            FileHealth health = FileHealth.of(file);
            if (health.damaged()) {
                movedAside = files.moveAside("corrupt");
                existed = false;
            } else if (!health.ok()) {
                return Triage.readOnly(Status.READ_ONLY_CANNOT_OPEN, Messages.get("store.why.cannotOpen", file,
                        health.reason()));
            }
        }
        LiveConnection live;
        int version;
        try {
            live = new LiveConnection(files, SqliteFiles.answering(file, SqliteFiles.Access.DURABLE));
            version = live.version();
        } catch (SQLException e) {
            return Triage.readOnly(Status.READ_ONLY_CANNOT_OPEN, Messages.get("store.why.cannotOpen", file,
                    PlainReason.of(e)));
        }
        if (version > latestVersion) {
            live.closeQuietly();
            return Triage.readOnly(Status.NEWER_VERSION, Messages.get("store.why.newer", file));
        }
        return new Triage(null, new Writable(lock, live, version, movedAside, existed));
    }

    /**
     * Work a killed app or a power cut left half-done in rollback-journal mode (a restore or a migration switches
     * modes) is undone by the first read-write open: done before the file is checked, so it is checked as last
     * committed. A read-only open cannot, and would answer SQLITE_READONLY_ROLLBACK for ever.
     */
    private static void rollBackInterruptedWork(StoreFiles files) {
        if (!Files.exists(files.journal())) {
            return;
        }
        try {
            // Answering a first query is the roll-back.
            SqliteFiles.answering(files.file(), SqliteFiles.Access.READ_WRITE).close();
        } catch (SQLException e) {
            // The check that follows reports what is wrong.
        }
    }
}
