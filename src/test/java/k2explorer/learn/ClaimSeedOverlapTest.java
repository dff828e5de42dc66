package k2explorer.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.studies.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim texts, reasons and takeaways, and the bundled copy of the claim inventory, are in our own words. */
class ClaimSeedOverlapTest {
    @TempDir
    static Path dir;

    @Test
    void noClaimTextReasonOrTakeawayRepeatsAnEightWordRunOfTheSeeds() throws IOException {
        SeedOverlap seeds = SeedOverlap.load();
        var studies = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE).studies();
        List<String> problems = new ArrayList<>();
        for (Claim c : studies.claims()) {
            for (String text : List.of(c.text(), c.why(), c.takeaway(), c.seedFigure())) {
                seeds.copiedRuns(text).forEach(run -> problems.add(c.id() + ": " + run));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBundledClaimInventoryRepeatsNoEightWordRunOfTheSeeds() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/k2explorer/data/studies/seed-claims.csv")) {
            String inventory = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(List.of(), SeedOverlap.load().copiedRuns(inventory));
        }
    }
}
