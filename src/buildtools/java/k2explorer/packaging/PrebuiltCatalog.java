package k2explorer.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogReader;
import k2explorer.catalog.store.CatalogStore;

/**
 * Builds the catalog database while the app is packaged (Maven's process-classes phase) and puts it among the app's
 * resources, so a first start copies it instead of building it. The app checks its data hash before using it and
 * builds from the bundled files whenever it is missing or was built from other data. It also writes the bundled
 * data's hash beside it, so a start compares hashes without reading the data files.
 */
public final class PrebuiltCatalog {

    private PrebuiltCatalog() {
    }

    /** Writes the catalog to {@code args[0]} unless a file there was already built from the same data. */
    public static void main(String[] args) throws SQLException, java.io.IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        BundledData data = BundledData.readAndHash();
        BundledData.writePackagedHash(target.getParent(), data.version().hash());
        if (Files.exists(target) && CatalogReader.dataHash(target).map(data.version().hash()::equals).orElse(false)) {
            return;
        }
        Files.createDirectories(target.getParent());
        new CatalogStore(target.getParent(), data, false).build(target, ProgressListener.NONE);
    }
}
