package k2explorer.packaging;

import java.io.IOException;
import java.io.InputStream;
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
    private SqliteNativeLibrary() {
    }

    /** Argument: the folder the image's jars are copied from (jpackage's --input). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SqliteNativeLibrary <folder>");
        }
        Path folder = Path.of(args[0]);
        if (isCurrent(folder)) {
            return; // every build of mvn javafx:run's copy (run-sqlite-native) finds it in place
        }
        Path library = copyInto(folder);
        System.out.printf("SQLite native library %s: %.1f MiB%n", library, Files.size(library) / (1024.0 * 1024.0));
    }

    /** True when {@code folder} already holds the driver's library for this OS and processor, byte for byte. */
    static boolean isCurrent(Path folder) throws IOException {
        Path target = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in != null && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(target));
        }
    }

    /**
     * Copies the driver's library for this OS and processor into {@code folder} under the name the driver looks
     * for there ({@code System.mapLibraryName("sqlitejdbc")}); returns the file.
     */
    public static Path copyInto(Path folder) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The SQLite driver has no native library for this OS and processor (" + resource + ")");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
