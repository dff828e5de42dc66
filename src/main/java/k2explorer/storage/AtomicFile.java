package k2explorer.storage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import k2explorer.i18n.Messages;

/**
 * The one way the app writes a file the user keeps (exports, backups, settings): into a temporary file beside the
 * target, then renamed over it, so a failed or interrupted write leaves the old file as it was and no partial file
 * behind. Where the file system cannot rename atomically (some network and FAT drives) it falls back to a plain
 * replacing move.
 */
public final class AtomicFile {
    private static final String TEMP_SUFFIX = ".part";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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

    /** Files the app has open (the user file, its -wal, -shm and lock, the catalog): never a target. */
    private static final Map<Path, Integer> LIVE = new ConcurrentHashMap<>();

    private AtomicFile() {
    }

    /**
     * Marks files the app itself has open: a write whose target is one of them, or a link to one of them, is
     * refused, so a backup or an export can never be renamed over the live data. Call {@link #release} when closed.
     */
    public static void protect(Path... files) {
        for (Path f : files) {
            LIVE.merge(f.toAbsolutePath().normalize(), 1, Integer::sum);
        }
    }

    public static void release(Path... files) {
        for (Path f : files) {
            LIVE.computeIfPresent(f.toAbsolutePath().normalize(), (k, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** Whether {@code path} is, or links to, a file the app has open (see {@link #protect}). */
    public static boolean isLive(Path path) {
        return liveFileAt(path) != null;
    }

    /** The live file {@code target} is or links to (symbolic or hard link, or the same folder reached another way). */
    static Path liveFileAt(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path resolved = realOrSelf(absolute);
        for (Path live : LIVE.keySet()) {
            if (absolute.equals(live) || resolved.equals(realOrSelf(live))) {
                return live;
            }
            try {
                if (Files.exists(absolute) && Files.exists(live) && Files.isSameFile(absolute, live)) {
                    return live;
                }
            } catch (IOException e) {
                // Cannot be compared: not the same file as far as can be told.
            }
        }
        return null;
    }

    /**
     * A new empty file beside the target. Created like any file the user makes (the umask decides who may read it),
     * not private as {@link Files#createTempFile} makes it: a CSV saved in a shared folder must be readable there.
     */
    private static Path newTemp(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve("." + name + "-" + Long.toUnsignedString(RANDOM.nextLong()) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A file that is replaced keeps who may read and write it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its own rules apply.
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{},])", "\\\\$1");
    }

    /** The real path of a file, or of its folder with its name when the file does not exist (yet). */
    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            Path parent = path.getParent();
            if (parent == null || path.getFileName() == null) {
                return path;
            }
            return realOrSelf(parent).resolve(path.getFileName());
        }
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
        Path live = liveFileAt(target);
        if (live != null) {
            throw new IOException(Messages.get("file.live", target, live));
        }
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // What an earlier, killed write of this same file left behind.
        StaleFiles.clean(directory, globEscaped("." + absolute.getFileName() + "-") + "*" + TEMP_SUFFIX);
        Path temp = newTemp(directory, absolute.getFileName().toString());
        try {
            T result = work.writeTo(temp);
            keepPermissions(absolute, temp);
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
