package k2explorer.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Build step of the app image (mvn -Papp-image package): puts SQLite's native library for this OS and processor
 * beside the image's jars, where the image's option {@code -Dorg.sqlite.lib.path=$APPDIR} makes the driver load it.
 * Without it the driver copies the library (1.1 MiB on Linux) out of its jar into the temporary folder and compares
 * the copy byte by byte on every start, and leaves the copy behind when the app does not end normally
 * (docs/performance.md, "image branch"). When the file is missing or does not load, the driver falls back to that
 * copy by itself.
 */
public final class SqliteNativeLibrary {
    /** Second argument of mvn javafx:run's copy (run-sqlite-native, every build): a platform without one is no error */
    static final String RUN_COPY = "--run-copy";

    private SqliteNativeLibrary() {
    }

    /**
     * Arguments: the folder the image's jars are copied from (jpackage's --input), or with {@value #RUN_COPY} the
     * folder mvn javafx:run loads the library from.
     */
    public static void main(String[] args) throws IOException {
        boolean runCopy = args.length == 2 && RUN_COPY.equals(args[1]);
        if (args.length != 1 && !runCopy) {
            throw new IllegalArgumentException("usage: SqliteNativeLibrary <folder> [" + RUN_COPY + "]");
        }
        Path folder = Path.of(args[0]);
        if (isCurrent(folder)) {
            return; // every build of mvn javafx:run's copy (run-sqlite-native) finds it in place
        }
        put(folder, resource(), runCopy, System.out);
    }

    /**
     * Copies the library at {@code resource} into {@code folder} and says so on {@code out}. When the driver has none
     * there (an OS or processor it does not support): the image's copy fails, as the image could not start without
     * one; mvn javafx:run's copy ({@code runCopy}) says so in one line and leaves the driver to load as it does
     * without the file (every build runs it: a build on such a platform must not fail for it).
     */
    static void put(Path folder, String resource, boolean runCopy, PrintStream out) throws IOException {
        if (runCopy && LibraryLoaderUtil.class.getResource(resource) == null) {
            out.println("SQLite native library: none in the driver for this OS and processor (" + resource
                    + "); mvn javafx:run loads it as the driver does by default");
            return;
        }
        Path library = copyInto(folder, resource);
        out.printf("SQLite native library %s: %.1f MiB%n", library, Files.size(library) / (1024.0 * 1024.0));
    }

    /** Where the driver keeps its library for this OS and processor, as a resource of its jar. */
    static String resource() {
        return LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    }

    /** True when {@code folder} already holds the driver's library for this OS and processor, byte for byte. */
    static boolean isCurrent(Path folder) throws IOException {
        Path target = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(resource())) {
            return in != null && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(target));
        }
    }

    /**
     * Copies the driver's library for this OS and processor into {@code folder} under the name the driver looks
     * for there ({@code System.mapLibraryName("sqlitejdbc")}); returns the file.
     */
    public static Path copyInto(Path folder) throws IOException {
        return copyInto(folder, resource());
    }

    private static Path copyInto(Path folder, String resource) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The SQLite driver has no native library for this OS and processor (" + resource + ")");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
