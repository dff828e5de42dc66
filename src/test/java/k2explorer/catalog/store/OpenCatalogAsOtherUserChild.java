package k2explorer.catalog.store;

import java.nio.file.Path;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;

/**
 * Run in a child JVM as another user by {@link CatalogPermissionsTest}: opens the catalog in a folder and prints
 * what the user would see (the notice, why it was rebuilt or the failure, the number of foods), one fact a line.
 */
public final class OpenCatalogAsOtherUserChild {
    private OpenCatalogAsOtherUserChild() {
    }

    public static void main(String[] args) {
        StringBuilder progress = new StringBuilder();
        try {
            OpenedCatalog opened = new CatalogStore(Path.of(args[0]), BundledData.load())
                    .open((fraction, message) -> progress.append(message).append(" | "));
            System.out.println("foods=" + opened.catalog().foods().size());
            System.out.println("file=" + opened.file());
            System.out.println("reason=" + opened.rebuildReason());
            System.out.println("notice=" + opened.notice());
        } catch (CatalogException e) {
            System.out.println("failed=" + e.getMessage());
        }
        System.out.println("progress=" + progress);
    }
}
