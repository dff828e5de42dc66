package k2explorer.mine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import k2explorer.i18n.Messages;
import k2explorer.storage.AtomicFile;
import k2explorer.storage.PlainReason;
import k2explorer.storage.SqliteFiles;

/**
 * Backups of the user file: a consistent copy (with the settings it carries), the checks a file passes before it
 * may replace the user's data, and the restore itself, which first keeps the data it replaces.
 */
final class Backups {
    /** The table a backup carries the settings in (target, counted forms, theme, hidden columns …). */
    static final String PREFERENCES_TABLE = "backup_preference";

    private Backups() {
    }

    /** Writes a consistent copy of the file open on {@code live} to {@code target}, with {@code preferences}. */
    static void write(Connection live, Path target, Map<String, String> preferences) {
        try {
            AtomicFile.write(target, temp -> {
                // VACUUM INTO writes only a file that does not exist yet
                Files.delete(temp);
                try {
                    try (PreparedStatement p = live.prepareStatement("VACUUM INTO ?")) {
                        p.setString(1, temp.toAbsolutePath().toString());
                        p.execute();
                    }
                    if (!preferences.isEmpty()) {
                        writePreferences(temp, preferences);
                    }
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
                return null;
            });
        } catch (IOException e) {
            throw new UserDataException(Messages.get("store.backupFailed", target, PlainReason.of(e)), e);
        }
    }

    private static void writePreferences(Path copy, Map<String, String> preferences) throws SQLException {
        try (Connection c = SqliteFiles.open(copy, SqliteFiles.Access.READ_WRITE);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + PREFERENCES_TABLE + " (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + PREFERENCES_TABLE
                    + " (key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : preferences.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    /** The settings a checked backup carries; empty for a backup made before backups carried them. */
    private static Map<String, String> preferencesIn(Path backup) {
        Map<String, String> preferences = new TreeMap<>();
        try (Connection c = SqliteFiles.open(backup, SqliteFiles.Access.READ_ONLY)) {
            if (hasTable(c, PREFERENCES_TABLE)) {
                try (Statement q = c.createStatement();
                     ResultSet rs = q.executeQuery("SELECT key, value FROM " + PREFERENCES_TABLE)) {
                    while (rs.next()) {
                        preferences.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.backupUnreadable", backup, PlainReason.of(e)), e);
        }
        return preferences;
    }

    /**
     * Replaces the user data with a backup after checking it (once); the current data is first copied next to the
     * file, so a restore can itself be undone. Returns where that copy is and the settings the backup carries.
     */
    static UserDataStore.Restored restore(LiveConnection live, Migrator migrator, Path backup) {
        StoreFiles files = live.files();
        check(backup, migrator.latest());
        Map<String, String> preferences = preferencesIn(backup);
        Path before = files.stamped("before-restore");
        write(live.get(), before, Map.of());
        Path temp = files.restoring();
        try {
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            live.close();
            files.moveOver(temp);
            live.reopen();
            try (Statement s = live.get().createStatement()) {
                // The settings a backup carries are read from the backup itself, on request; the live file
                // holds data only.
                s.execute("DROP TABLE IF EXISTS " + PREFERENCES_TABLE);
            }
            migrator.migrate(live, live.version());
            return new UserDataStore.Restored(before, preferences);
        } catch (IOException | SQLException e) {
            throw new UserDataException(Messages.get("store.restoreFailed", backup, before, PlainReason.of(e)), e);
        } catch (UserDataException e) {
            throw new UserDataException(Messages.get("store.restoreFailed", backup, before, e.getMessage()), e);
        } finally {
            live.reopenIfClosed();
        }
    }

    /** Refuses, with a message naming it, a file that is missing, live, damaged, of another version or not ours. */
    private static void check(Path backup, int latestVersion) {
        if (!Files.isRegularFile(backup)) {
            throw new UserDataException(Messages.get("store.noBackup", backup));
        }
        if (AtomicFile.isLive(backup)) {
            // The live file read as a backup lacks what is still in its -wal; restoring it would lose that.
            throw new UserDataException(Messages.get("store.backupIsLive", backup));
        }
        if (!FileHealth.of(backup).ok()) {
            throw new UserDataException(Messages.get("store.backupCorrupt", backup));
        }
        try (Connection c = SqliteFiles.open(backup, SqliteFiles.Access.READ_ONLY)) {
            int v = SqliteFiles.userVersion(c);
            if (v < 1 || v > latestVersion) {
                throw new UserDataException(Messages.get("store.backupVersion", backup, String.valueOf(v)));
            }
            if (!hasTable(c, "my_food")) {
                throw new UserDataException(Messages.get("store.backupNotOurs", backup));
            }
        } catch (SQLException e) {
            throw new UserDataException(Messages.get("store.backupUnreadable", backup, PlainReason.of(e)), e);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}
