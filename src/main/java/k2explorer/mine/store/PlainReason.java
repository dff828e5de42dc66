package k2explorer.mine.store;

import java.sql.SQLException;
import k2explorer.i18n.Messages;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What SQLite's answer means for the user, in their words: SQLite's own text goes to no message (it stays in the
 * exception's cause for anyone who debugs).
 */
final class PlainReason {
    private PlainReason() {
    }

    static String of(SQLException e) {
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
        } else if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            key = "store.reason.refused";
        } else if (primary == SQLiteErrorCode.SQLITE_ERROR.code) {
            key = "store.reason.layout";
        } else {
            return Messages.get("store.reason.other", primary);
        }
        return Messages.get(key);
    }

    /** The reason of an exception that may wrap SQLite's: an I/O error's own text (the system's words) else. */
    static String of(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se) {
                return of(se);
            }
        }
        return e.getMessage();
    }

    static int primaryCode(SQLException e) {
        return e instanceof SQLiteException se ? se.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
    }
}
