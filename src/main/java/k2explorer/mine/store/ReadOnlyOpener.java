package k2explorer.mine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.UserDataStore.Opened;
import k2explorer.storage.SqliteFiles;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens the user file read-only, showing as much of it as SQLite can read: a read-only connection, and if SQLite
 * cannot open even that (a WAL file needs a -shm beside it, which a read-only folder cannot get) an immutable one,
 * which reads the main file alone; the reason then says whether changes still waiting in the -wal are left out.
 */
final class ReadOnlyOpener {
    private ReadOnlyOpener() {
    }

    static Opened open(StoreFiles files, Migrator migrator, ReadOnly readOnly) {
        UserDataStore store = store(files, migrator, readOnly.why());
        return new Opened(store, readOnly.status(), Messages.get("store.readOnly", store.readOnlyReason()), null);
    }

    private static UserDataStore store(StoreFiles files, Migrator migrator, String why) {
        Path file = files.file();
        if (!Files.exists(file)) {
            return store(files, migrator, null, why);
        }
        try {
            return store(files, migrator, SqliteFiles.answering(file, SqliteFiles.Access.READ_ONLY), why);
        } catch (SQLException e) {
            if (!meansNoShmHere(e)) {
                return unreadable(files, migrator, why, PlainReason.of(e));
            }
        }
        try {
            Path wal = files.wal();
            boolean changesLeftOut = Files.exists(wal) && Files.size(wal) > 0;
            Connection c = SqliteFiles.answering(file, SqliteFiles.Access.IMMUTABLE);
            return store(files, migrator, c, changesLeftOut ? Messages.get("store.walLeftOut", why, wal) : why);
        } catch (SQLException e) {
            return unreadable(files, migrator, why, PlainReason.of(e));
        } catch (IOException e) {
            return unreadable(files, migrator, why, e.getMessage());
        }
    }

    /**
     * A read-only folder is answered with SQLITE_CANTOPEN by some SQLite versions and with
     * SQLITE_READONLY_DIRECTORY (an extended SQLITE_READONLY) by others: both mean "no -shm here". With a hot
     * journal, though, the main file holds half-written pages: reading it immutable would show them.
     */
    private static boolean meansNoShmHere(SQLException e) {
        int code = PlainReason.primaryCode(e);
        boolean hotJournal = e instanceof SQLiteException se
                && se.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK;
        return !hotJournal && (code == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || code == SQLiteErrorCode.SQLITE_READONLY.code);
    }

    private static UserDataStore unreadable(StoreFiles files, Migrator migrator, String why, String reason) {
        return store(files, migrator, null, Messages.get("store.unreadableToo", why, reason));
    }

    private static UserDataStore store(StoreFiles files, Migrator migrator, Connection c, String why) {
        return new UserDataStore(migrator, new LiveConnection(files, c), why, null);
    }
}
