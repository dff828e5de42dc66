package k2explorer.catalog.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.studies.StudyCatalog;

/**
 * A catalog ready to use with its studies, and how it was obtained (rebuilt and why, and how long it took);
 * {@code notice} is what the user must be told about it (a temporary copy is used because the data folder could
 * not hold it), else null.
 */
public record OpenedCatalog(Catalog catalog, StudyCatalog studies, Path file, String rebuildReason, long buildMillis,
                            String notice) {
    public OpenedCatalog(Catalog catalog, StudyCatalog studies, Path file, String rebuildReason, long buildMillis) {
        this(catalog, studies, file, rebuildReason, buildMillis, null);
    }

    /** No catalog at all (it could not be opened or built): no foods, no studies. */
    public static OpenedCatalog unavailable(Path file) {
        return new OpenedCatalog(new Catalog(List.of(), List.of(), new DataVersion("", "")), StudyCatalog.EMPTY, file,
                null, -1);
    }

    public Optional<String> rebuilt() {
        return Optional.ofNullable(rebuildReason);
    }
}
