package k2explorer.mine.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.UserDataStore.Opened;
import k2explorer.mine.store.UserDataStore.Status;
import k2explorer.storage.SqliteFiles;

/**
 * Opening the user file, triaged: a folder, lock or file that cannot be written, another window's lock, a file
 * SQLite cannot open or one written by a newer version open read-only ({@link ReadOnlyOpener}); a damaged file is
 * moved aside and a fresh one started; anything else opens read-write and is migrated to the latest schema.
 */
final class StoreOpener {
    private StoreOpener() {
    }

    /** What the file's state asks for: read-only (and why), or read-write after a damaged file was moved aside. */
    private record Triage(ReadOnly readOnly, Path movedAside, boolean existed) {
        static Triage readOnly(Status status, String why) {
            return new Triage(new ReadOnly(status, why), null, true);
        }
    }

    static Opened open(Path directory, List<Migration> migrations) {
        StoreFiles files = StoreFiles.in(directory);
        Migrator migrator = new Migrator(migrations);
        Path file = files.file();
        // The folder counts as much as the file: SQLite writes its -wal and -shm beside the file.
        if (!Files.isWritable(directory)) {
            return ReadOnlyOpener.open(files, migrator, new ReadOnly(Status.READ_ONLY_FILE,
                    Messages.get("store.why.folderNotWritable", directory, file)));
        }
        StoreLock.Attempt attempt = StoreLock.take(files);
        if (attempt.refused() != null) {
            return ReadOnlyOpener.open(files, migrator, attempt.refused());
        }
        StoreLock lock = attempt.taken();
        Triage triage;
        try {
            triage = triage(files);
        } catch (UserDataException e) {
            lock.release();
            throw e;
        }
        if (triage.readOnly() != null) {
            lock.release();
            return ReadOnlyOpener.open(files, migrator, triage.readOnly());
        }
        LiveConnection live;
        int version;
        try {
            live = new LiveConnection(file, SqliteFiles.answering(file, SqliteFiles.Access.DURABLE));
            version = live.version();
        } catch (SQLException e) {
            lock.release();
            return ReadOnlyOpener.open(files, migrator, new ReadOnly(Status.READ_ONLY_CANNOT_OPEN,
                    Messages.get("store.why.cannotOpen", file, PlainReason.of(e))));
        }
        if (version > migrator.latest()) {
            live.closeQuietly();
            lock.release();
            return ReadOnlyOpener.open(files, migrator, new ReadOnly(Status.NEWER_VERSION,
                    Messages.get("store.why.newer", file)));
        }
        UserDataStore store = new UserDataStore(files, migrator, live, null, lock);
        try {
            Status status = migrator.migrate(files, live, version);
            if (triage.movedAside() != null) {
                return new Opened(store, Status.CORRUPT_MOVED_ASIDE, Messages.get("store.movedAside",
                        triage.movedAside(), file), triage.movedAside());
            }
            return new Opened(store, triage.existed() ? status : Status.CREATED, "", null);
        } catch (UserDataException e) {
            // Closes whatever connection a failed migration left and releases the lock.
            store.close();
            throw new UserDataException(Messages.get("store.cannotOpen", file, e.getMessage()), e);
        }
    }

    /**
     * Work a killed app or a power cut left half-done in rollback-journal mode (a restore or a migration switches
     * modes) is undone by the first read-write open, so it comes before the file is checked, which then sees the
     * file as last committed. Then a damaged file is moved aside; one SQLite cannot open is left as it is.
     */
    private static Triage triage(StoreFiles files) {
        Path file = files.file();
        if (Files.isDirectory(file)) {
            return Triage.readOnly(Status.READ_ONLY_CANNOT_OPEN, Messages.get("store.why.folder", file));
        }
        if (!Files.exists(file)) {
            return new Triage(null, null, false);
        }
        if (!Files.isWritable(file)) {
            return Triage.readOnly(Status.READ_ONLY_FILE, Messages.get("store.why.notWritable", file));
        }
        rollBackInterruptedWork(files);
        FileHealth health = FileHealth.of(file);
        if (health.damaged()) {
            return new Triage(null, files.moveAside("corrupt"), false);
        }
        if (!health.ok()) {
            return Triage.readOnly(Status.READ_ONLY_CANNOT_OPEN, Messages.get("store.why.cannotOpen", file,
                    health.reason()));
        }
        return new Triage(null, null, true);
    }

    /** A read-only open cannot roll a hot journal back, and would answer SQLITE_READONLY_ROLLBACK for ever. */
    private static void rollBackInterruptedWork(StoreFiles files) {
        if (!Files.exists(files.journal())) {
            return;
        }
        try (Connection c = SqliteFiles.answering(files.file(), SqliteFiles.Access.READ_WRITE)) {
            // Answering a query was the roll-back.
        } catch (SQLException e) {
            // The check that follows reports what is wrong.
        }
    }
}
