package k2explorer.catalog.build;

import java.nio.file.Path;
import java.util.Optional;
import k2explorer.catalog.Catalog;

/** A catalog ready to use, with how it was obtained (rebuilt and why, and how long the build took). */
public record OpenedCatalog(Catalog catalog, Path file, String rebuildReason, long buildMillis) {

    public Optional<String> rebuilt() {
        return Optional.ofNullable(rebuildReason);
    }
}
