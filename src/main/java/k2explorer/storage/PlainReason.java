package k2explorer.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import k2explorer.i18n.Messages;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What SQLite's (or the file system's) answer means for the user, in their words, for the user's file and the
 * catalog alike: SQLite's own text goes to no message (it stays in the exception's cause for anyone who debugs).
 */
public final class PlainReason {
    private PlainReason() {
    }

    public static String of(SQLException e) {
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

    /**
     * The reason of an exception that may wrap SQLite's; for a file-system error the system's own reason ("Read-only
     * file system", "Not a directory"), never a bare path, which is all some of them hold as their message.
     */
    public static String of(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se) {
                return of(se);
            }
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("store.reason.accessDenied");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Messages.get("store.reason.inTheWay");
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("store.reason.missing");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }

    public static int primaryCode(SQLException e) {
        return e instanceof SQLiteException se ? se.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
    }
}
