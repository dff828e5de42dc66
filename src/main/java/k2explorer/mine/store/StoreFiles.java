package k2explorer.mine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import k2explorer.i18n.Messages;

/**
 * Where the user data lives in its folder: the file, what SQLite and the app keep beside it, and the names of the
 * copies made beside it (backups before a migration or a restore, a damaged file moved aside).
 */
record StoreFiles(Path directory) {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The folder, created if it is missing. */
    static StoreFiles in(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserDataException(Messages.get("store.noFolder", directory, e.getMessage()), e);
        }
        return new StoreFiles(directory);
    }

    Path file() {
        return directory.resolve(UserDataStore.FILE_NAME);
    }

    Path wal() {
        return beside("-wal");
    }

    Path journal() {
        return beside("-journal");
    }

    Path lock() {
        return directory.resolve(UserDataStore.LOCK_NAME);
    }

    /** Where a restore copies its backup before moving it over the file. */
    Path restoring() {
        return beside(".restoring");
    }

    private Path beside(String suffix) {
        return directory.resolve(UserDataStore.FILE_NAME + suffix);
    }

    /** The file and what SQLite and the app keep beside it: never the target of a backup or an export. */
    Path[] live() {
        return new Path[] {file(), wal(), beside("-shm"), journal(), lock()};
    }

    /** A new name beside the file for a copy of it, {@code user-data.<kind>-<time>.sqlite}. */
    Path stamped(String kind) {
        return directory.resolve("user-data." + kind + "-" + LocalDateTime.now().format(STAMP) + ".sqlite");
    }

    /** Moves {@code copy} over the file in one step and drops the old -wal and -shm. */
    void moveOver(Path copy) throws IOException {
        Files.move(copy, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dropWalAndShm();
    }

    /** Copies {@code copy} over the file and drops the old -wal and -shm. */
    void copyOver(Path copy) throws IOException {
        Files.copy(copy, file(), StandardCopyOption.REPLACE_EXISTING);
        dropWalAndShm();
    }

    private void dropWalAndShm() throws IOException {
        Files.deleteIfExists(wal());
        Files.deleteIfExists(beside("-shm"));
    }

    /** Moves a damaged file, with its -wal and -shm, to a new name beside it (nothing is deleted). */
    Path moveAside(String why) {
        Path aside = stamped(why);
        try {
            Files.move(file(), aside);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = beside(suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            return aside;
        } catch (IOException e) {
            throw new UserDataException(Messages.get("store.cannotMoveAside", file(), e.getMessage()), e);
        }
    }
}
