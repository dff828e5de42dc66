package k2explorer.mine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import k2explorer.storage.SqliteFiles;
import org.sqlite.SQLiteErrorCode;

/**
 * What SQLite's quick check says of a file: fine, damaged, or not opened at all (which is not damage);
 * {@code reason} says why in the user's words.
 */
record FileHealth(boolean ok, boolean damaged, String reason) {
    static FileHealth of(Path file) {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no result";
            return "ok".equals(result) ? new FileHealth(true, false, "") : new FileHealth(false, true, result);
        } catch (SQLException e) {
            int code = PlainReason.primaryCode(e);
            boolean damaged = code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
            return new FileHealth(false, damaged, PlainReason.of(e));
        }
    }
}
