package k2explorer.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Optional;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.CatalogContent;
import k2explorer.catalog.sources.CatalogContentParser;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.i18n.Messages;

/**
 * Opens the catalog database in the user's data directory, building it from the bundled data on first start and
 * whenever the bundled data (or the schema) changed. The catalog is derived data: a damaged file is simply rebuilt.
 */
public final class CatalogStore {
    public static final String FILE_NAME = "catalog.sqlite";
    /** Where the catalog built while packaging (packaging.PrebuiltCatalog) sits on the class path. */
    public static final String PREBUILT_RESOURCE = "/k2explorer/prebuilt/" + FILE_NAME;
    private static final System.Logger LOG = System.getLogger(CatalogStore.class.getName());

    private final Path directory;
    private final BundledData data;
    private final boolean usePrebuilt;

    public CatalogStore(Path directory, BundledData data) {
        this(directory, data, true);
    }

    /**
     * With {@code usePrebuilt} false the catalog is always built from the bundled files (the packaging build that
     * makes the prebuilt catalog, tests of the builder).
     */
    public CatalogStore(Path directory, BundledData data, boolean usePrebuilt) {
        this.usePrebuilt = usePrebuilt;
        this.directory = directory;
        this.data = data;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /**
     * Opens the catalog, (re)building it if needed. A file that cannot be read for any reason (damaged pages,
     * values this app does not know, missing rows) is rebuilt once. Long work: call it off the FX thread.
     */
    public OpenedCatalog open(ProgressListener progress) {
        try {
            return openHere(progress);
        } catch (CatalogException here) {
            // The catalog is derived from files inside the app: when the data folder cannot hold it (read-only, a
            // folder in its place, not creatable), a private temporary copy serves this session, and the user is
            // told. The user's own data never lives in the catalog, so nothing of theirs is moved.
            Path temp;
            try {
                temp = Files.createTempDirectory("k2explorer-catalog-");
            } catch (IOException e) {
                here.addSuppressed(e);
                throw here;
            }
            deleteOnExit(temp);
            OpenedCatalog opened = new CatalogStore(temp, data, usePrebuilt).openHere(progress);
            deleteOnExit(opened.file());
            String notice = Messages.get("catalog.temporaryCopy", file(), here.getMessage());
            return new OpenedCatalog(opened.catalog(), opened.studies(), opened.file(), opened.rebuildReason(),
                    opened.buildMillis(), notice);
        }
    }

    private static void deleteOnExit(Path path) {
        path.toFile().deleteOnExit();
    }

    private OpenedCatalog openHere(ProgressListener progress) {
        Path file = file();
        k2explorer.storage.AtomicFile.protect(file);
        Optional<String> reason = rebuildReason(file);
        long buildMillis = reason.isPresent() ? timedBuild(file, reason.get(), progress) : -1;
        progress.progress(0.95, Messages.get("catalog.build.loading"));
        CatalogReader.Stored stored;
        try {
            stored = CatalogReader.read(file);
        } catch (SQLException | CatalogException first) {
            if (reason.isPresent()) {
                throw new CatalogException("Cannot read the catalog database " + file + " just built: "
                        + first.getMessage(), first);
            }
            reason = Optional.of(Messages.get("catalog.rebuild.unreadable", first.getMessage()));
            buildMillis = timedBuild(file, reason.get(), progress);
            try {
                stored = CatalogReader.read(file);
            } catch (SQLException | CatalogException second) {
                throw new CatalogException("Cannot read the catalog database " + file + ": "
                        + second.getMessage(), second);
            }
        }
        progress.progress(1.0, Messages.get("catalog.build.ready"));
        return new OpenedCatalog(stored.catalog(), stored.studies(), file, reason.orElse(null), buildMillis);
    }

    private long timedBuild(Path file, String reason, ProgressListener progress) {
        progress.progress(0.0, Messages.get("catalog.build.building", reason));
        long start = System.nanoTime();
        if (!(usePrebuilt && installPrebuilt(file))) {
            build(file, progress);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Optional<String> rebuildReason(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(Messages.get("catalog.rebuild.firstStart"));
        }
        try {
            Optional<String> hash = CatalogReader.dataHash(file);
            if (hash.isEmpty()) {
                return Optional.of(Messages.get("catalog.rebuild.noVersion"));
            }
            return hash.get().equals(data.version().hash())
                    ? Optional.empty()
                    : Optional.of(Messages.get("catalog.rebuild.dataChanged"));
        } catch (SQLException e) {
            return Optional.of(Messages.get("catalog.rebuild.unreadable", e.getMessage()));
        }
    }

    /**
     * Copies the catalog that was built from these same bundled files when the app was packaged
     * ({@code packaging.PrebuiltCatalog}): a copy of a few megabytes instead of parsing and writing every row on first
     * start.
     * False when there is none or it was built from other data; the caller then builds.
     */
    private boolean installPrebuilt(Path file) {
        try (InputStream in = CatalogStore.class.getResourceAsStream(CatalogStore.PREBUILT_RESOURCE)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "catalog-", ".installing");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                if (!CatalogReader.dataHash(temp).map(data.version().hash()::equals).orElse(false)) {
                    LOG.log(System.Logger.Level.WARNING, "The packaged catalog was built from other data than "
                            + "this app holds; building the catalog instead");
                    return false;
                }
                moveIntoPlace(temp, file);
                return true;
            } finally {
                deleteQuietly(temp);
            }
        } catch (IOException | SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "The packaged catalog could not be installed at " + file
                    + "; building the catalog instead", e);
            return false;
        }
    }

    /** Builds into a private temporary file and moves it into place only when complete. */
    public void build(Path file, ProgressListener progress) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CatalogException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, "catalog-", ".building");
            Files.delete(temp);
            CatalogContent content = new CatalogContentParser(data, progress).parse();
            CatalogWriter.write(content, data.version(), temp, progress);
            moveIntoPlace(temp, file);
        } catch (IOException e) {
            throw new CatalogException("Cannot write the catalog database in " + directory + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new CatalogException("Cannot build the catalog database " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the next build makes a new one
        }
    }
}
