package k2explorer.mine.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import k2explorer.i18n.Messages;

/**
 * Brings a user file up to the latest schema in one transaction; a file with data in it is backed up first, and the
 * backup is put back if the migration fails.
 */
final class Migrator {
    private final List<Migration> migrations;

    Migrator(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    int latest() {
        return migrations.get(migrations.size() - 1).version();
    }

    /** Migrates from {@code from}; throws a message saying what became of the file when that fails. */
    UserDataStore.Status migrate(LiveConnection live, int from) {
        if (from >= latest()) {
            return UserDataStore.Status.OK;
        }
        Path backup = null;
        if (from > 0) {
            backup = live.files().stamped("before-v" + latest());
            Backups.write(live.get(), backup, Map.of());
        }
        try {
            live.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (Migration m : migrations) {
                        if (m.version() > from) {
                            for (String sql : m.statements()) {
                                s.execute(sql);
                            }
                            s.execute("PRAGMA user_version = " + m.version());
                        }
                    }
                }
                return null;
            });
            return UserDataStore.Status.MIGRATED;
        } catch (SQLException | RuntimeException e) {
            String version = String.valueOf(latest());
            String reason = e instanceof SQLException se ? PlainReason.of(se) : e.getMessage();
            if (backup == null) {
                throw new UserDataException(Messages.get("store.migrationFailed.nothing", version, reason), e);
            }
            try {
                live.close();
                live.files().copyOver(backup);
            } catch (IOException | SQLException notPutBack) {
                e.addSuppressed(notPutBack);
                throw new UserDataException(Messages.get("store.migrationFailed.nothing", version, reason) + " "
                        + Messages.get("store.restoreBackFailed", backup, PlainReason.of(notPutBack)), e);
            }
            throw new UserDataException(Messages.get("store.migrationFailed.restored", version, reason, backup), e);
        }
    }
}
