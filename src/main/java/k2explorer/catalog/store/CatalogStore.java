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
import k2explorer.storage.PlainReason;

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
        return open(progress, () -> Files.createTempDirectory("k2explorer-catalog-"));
    }

    /** Where a temporary copy of the catalog may go (tests give a folder that cannot be made). */
    interface TempFolder {
        Path create() throws IOException;
    }

    OpenedCatalog open(ProgressListener progress, TempFolder tempFolder) {
        try {
            return openHere(progress);
        } catch (CatalogException here) {
            // The catalog is derived from files inside the app: when the data folder cannot hold it (read-only, a
            // folder in its place, not creatable), a private temporary copy serves this session, and the user is
            // told. The user's own data never lives in the catalog, so nothing of theirs is moved.
            Path temp = null;
            OpenedCatalog opened;
            try {
                temp = tempFolder.create();
                deleteOnExit(temp);
                opened = new CatalogStore(temp, data, usePrebuilt).openHere(progress);
            } catch (IOException | CatalogException copy) {
                here.addSuppressed(copy);
                String why = reasonOf(here);
                boolean samePlace = here.getCause() instanceof IOException || here.getCause() instanceof SQLException;
                if (!samePlace && why.equals(reasonOf(copy))) {
                    // Not the folder: the app's own data cannot be built (said once, as it was found).
                    throw here;
                }
                // One message: the user's file and what happened to it, then where the copy was tried and why it
                // failed, each said once.
                Object where = temp == null ? Messages.get("catalog.temporaryFolder") : temp;
                throw new CatalogException(why.equals(reasonOf(copy))
                        ? Messages.get("catalog.noTemporaryCopy.same", file(), why, where)
                        : Messages.get("catalog.noTemporaryCopy", file(), why, where, reasonOf(copy)), here);
            }
            deleteOnExit(opened.file());
            String notice = Messages.get("catalog.temporaryCopy", file(), here.getMessage());
            return new OpenedCatalog(opened.catalog(), opened.studies(), opened.file(), opened.rebuildReason(),
                    opened.buildMillis(), notice);
        }
    }

    /** What happened, without the file's name (the message names it once): the system's or SQLite's reason. */
    private static String reasonOf(Exception e) {
        Throwable cause = e instanceof CatalogException ? e.getCause() : e;
        if (cause instanceof CatalogException) {
            return Messages.get("catalog.reason.notThisVersion");
        }
        return cause instanceof Exception known ? PlainReason.of(known) : e.getMessage();
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
                throw new CatalogException(Messages.get("catalog.cannotReadBuilt", file, reason(first)), first);
            }
            reason = Optional.of(Messages.get("catalog.rebuild.unreadable", reason(first)));
            buildMillis = timedBuild(file, reason.get(), progress);
            try {
                stored = CatalogReader.read(file);
            } catch (SQLException | CatalogException second) {
                throw new CatalogException(Messages.get("catalog.cannotRead", file, reason(second)), second);
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
        if (Files.isDirectory(file)) {
            // SQLite answers a folder with a disk error, which would send the user looking at their disk.
            return Optional.of(Messages.get("catalog.rebuild.unreadable", Messages.get("catalog.reason.folder")));
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
            return Optional.of(Messages.get("catalog.rebuild.unreadable", reason(e)));
        }
    }

    /**
     * Why a catalog file could not be read, in plain words: SQLite's answer as the user's file gives it, and a file
     * that {@link CatalogReader} refuses (damaged pages, unknown values, missing rows) as damaged or foreign.
     */
    private static String reason(Exception e) {
        return e instanceof CatalogException ? Messages.get("catalog.reason.notThisVersion") : PlainReason.of(e);
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
            throw new CatalogException(Messages.get("catalog.cannotCreateFolder", directory, PlainReason.of(e)), e);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, "catalog-", ".building");
            Files.delete(temp);
            CatalogContent content = new CatalogContentParser(data, progress).parse();
            CatalogWriter.write(content, data.version(), temp, progress);
            moveIntoPlace(temp, file);
        } catch (IOException e) {
            throw new CatalogException(Messages.get("catalog.cannotWrite", file, PlainReason.of(e)), e);
        } catch (SQLException e) {
            throw new CatalogException(Messages.get("catalog.cannotBuild", file, PlainReason.of(e)), e);
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
