package k2explorer.catalog.build;

import java.nio.file.Path;
import java.util.Optional;
import k2explorer.catalog.Catalog;
import k2explorer.studies.StudyCatalog;

/** A catalog ready to use with its studies, and how it was obtained (rebuilt and why, and how long it took). */
public record OpenedCatalog(Catalog catalog, StudyCatalog studies, Path file, String rebuildReason, long buildMillis) {

    public Optional<String> rebuilt() {
        return Optional.ofNullable(rebuildReason);
    }
}
