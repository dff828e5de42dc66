package k2explorer.catalog.store;

import java.nio.file.Path;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.studies.StudyCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real catalog from the bundled files once per test class into a SQLite file of its own and opens it as
 * the app does: the tests then check what came back out of the file.
 */
abstract class BuiltCatalogTest {
    @TempDir
    static Path dir;
    static OpenedCatalog opened;
    static Catalog catalog;
    static StudyCatalog studies;

    @BeforeAll
    static void build() {
        opened = new CatalogStore(dir, BundledData.load(), false).open(ProgressListener.NONE);
        catalog = opened.catalog();
        studies = opened.studies();
    }
}
