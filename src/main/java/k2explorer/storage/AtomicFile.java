package k2explorer.storage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way the app writes a file the user keeps (exports, backups, settings): into a temporary file beside the
 * target, then renamed over it, so a failed or interrupted write leaves the old file as it was and no partial file
 * behind. Where the file system cannot rename atomically (some network and FAT drives) it falls back to a plain
 * replacing move.
 */
public final class AtomicFile {
    private static final String TEMP_SUFFIX = ".part";

    /** Writes the content of a file given its path (the path exists, empty, when called). */
    @FunctionalInterface
    public interface PathWork<T> {
        T writeTo(Path temp) throws IOException;
    }

    /** Writes text to a UTF-8 writer that is closed afterwards. */
    @FunctionalInterface
    public interface TextWork<T> {
        T writeTo(Writer out) throws IOException;
    }

    /** How the finished temporary file replaces the target; replaced in tests to act as a non-atomic drive. */
    @FunctionalInterface
    interface Mover {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    private AtomicFile() {
    }

    public static <T> T write(Path target, PathWork<T> work) throws IOException {
        return write(target, work, (source, to, options) -> Files.move(source, to, options));
    }

    public static <T> T writeText(Path target, TextWork<T> work) throws IOException {
        return write(target, temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                return work.writeTo(out);
            }
        });
    }

    static <T> T write(Path target, PathWork<T> work, Mover mover) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + "-", TEMP_SUFFIX);
        try {
            T result = work.writeTo(temp);
            try {
                mover.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                mover.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
