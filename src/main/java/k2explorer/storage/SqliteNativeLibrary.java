package k2explorer.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library, extracted once into the data folder's cache and loaded from there.
 * Left alone, the driver writes its 1.1 MB library into the temporary folder on every start (and reads it back to
 * compare it); that costs each start ~0.1-0.2 s on the start-up thread (docs/performance.md, "jvm branch").
 * <p>
 * The copy lives in {@code cache/sqlite-native/<driver version>/<os>/<arch>/} with a note of its size and
 * CRC-32C; it is used only when it matches the note and the size of the library inside the driver's jar. A missing,
 * damaged or half-written copy is replaced; where the folder cannot be written, or anything else fails, the driver
 * is left to load its library its own way (as it does without this class). The driver also falls back by itself
 * when a copy it is pointed at does not load (e.g. a data folder mounted {@code noexec}).
 */
public final class SqliteNativeLibrary {
    /** The driver's own system property naming the folder to load its library from. */
    static final String LIBRARY_FOLDER_PROPERTY = "org.sqlite.lib.path";
    private static final String NOTE_SUFFIX = ".crc32c";

    /** What a start did about the library. */
    public enum Outcome {
        /** the copy in the cache matched its note and is used */
        CACHED_COPY,
        /** a new copy was written into the cache and is used */
        EXTRACTED,
        /** the driver loads its library its own way (no usable cache, or a folder set by whoever started the app) */
        DRIVER
    }

    private SqliteNativeLibrary() {
    }

    /**
     * Points the driver to the verified copy under {@code dataDirectory}/cache, making it first if needed. Call before
     * the first connection; returns what was done. Never throws: on any trouble the driver loads as it always did.
     */
    public static Outcome useCachedCopy(Path dataDirectory) {
        if (System.getProperty(LIBRARY_FOLDER_PROPERTY) != null) {
            return Outcome.DRIVER;
        }
        try {
            String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
            Path folder = dataDirectory.resolve("cache").resolve("sqlite-native");
            Prepared prepared = prepare(folder, SQLiteJDBCLoader.getVersion(), resourceFolder,
                    LibraryLoaderUtil.getNativeLibName());
            if (prepared.outcome() != Outcome.DRIVER) {
                System.setProperty(LIBRARY_FOLDER_PROPERTY, prepared.folder().toString());
            }
            return prepared.outcome();
        } catch (RuntimeException | LinkageError e) {
            return Outcome.DRIVER;
        }
    }

    /** What {@link #prepare} found or made: the folder holding the library, or the driver's own loading. */
    record Prepared(Outcome outcome, Path folder) {
    }

    /**
     * Checks or makes the copy of the jar's {@code resourceFolder/libraryName} in
     * {@code cacheFolder/version/<os>/<arch>}; removes other versions' copies when it writes a new one.
     */
    static Prepared prepare(Path cacheFolder, String version, String resourceFolder, String libraryName) {
        String resource = resourceFolder + "/" + libraryName;
        Path folder = cacheFolder.resolve(version);
        for (String part : resourceFolder.replaceFirst("^/org/sqlite/native/", "").split("/")) {
            folder = folder.resolve(part);
        }
        Path library = folder.resolve(libraryName);
        Path note = folder.resolve(libraryName + NOTE_SUFFIX);
        try {
            long size = resourceSize(resource);
            if (size > 0 && matches(library, note, size)) {
                return new Prepared(Outcome.CACHED_COPY, folder);
            }
            extract(resource, folder, library, note);
            if (!matches(library, note, size)) {
                return new Prepared(Outcome.DRIVER, null);
            }
            removeOtherVersions(cacheFolder, version);
            return new Prepared(Outcome.EXTRACTED, folder);
        } catch (IOException | RuntimeException e) {
            return new Prepared(Outcome.DRIVER, null);
        }
    }

    private static long resourceSize(String resource) throws IOException {
        var url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            throw new IOException("no " + resource + " in the driver");
        }
        return url.openConnection().getContentLengthLong();
    }

    /** Whether the library has the size of the driver's and the size and CRC-32C its note records. */
    private static boolean matches(Path library, Path note, long size) throws IOException {
        if (!Files.isRegularFile(library) || !Files.isRegularFile(note) || Files.size(library) != size) {
            return false;
        }
        String[] recorded = Files.readString(note, StandardCharsets.US_ASCII).trim().split(" ");
        if (recorded.length != 2 || !recorded[1].equals(Long.toString(size))) {
            return false;
        }
        try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(library), new CRC32C())) {
            in.transferTo(OutputStream.nullOutputStream());
            return recorded[0].equals(Long.toHexString(in.getChecksum().getValue()));
        }
    }

    private static void extract(String resource, Path folder, Path library, Path note) throws IOException {
        Files.createDirectories(folder);
        StaleFiles.clean(folder, ".*.part");
        Path partLibrary = Files.createTempFile(folder, "." + library.getFileName(), ".part");
        Path partNote = Files.createTempFile(folder, "." + note.getFileName(), ".part");
        try {
            String digest;
            long size;
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource);
                 OutputStream out = Files.newOutputStream(partLibrary)) {
                if (in == null) {
                    throw new IOException("no " + resource + " in the driver");
                }
                CheckedInputStream checked = new CheckedInputStream(in, new CRC32C());
                size = checked.transferTo(out);
                digest = Long.toHexString(checked.getChecksum().getValue());
            }
            Files.writeString(partNote, digest + " " + size + "\n", StandardCharsets.US_ASCII);
            // The library first: a note that names a library being replaced never matches it.
            Files.move(partLibrary, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(partNote, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partLibrary);
            Files.deleteIfExists(partNote);
        }
    }

    /** Copies an older or newer driver left behind are removed; one still loaded by a running app stays. */
    private static void removeOtherVersions(Path cacheFolder, String version) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(cacheFolder)) {
            for (Path other : versions) {
                if (!other.getFileName().toString().equals(version) && Files.isDirectory(other)) {
                    deleteTree(other);
                }
            }
        } catch (IOException e) {
            // Left for a later start.
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left for a later start.
        }
    }
}
