package k2explorer.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.build.BundledData;
import k2explorer.catalog.build.CatalogStore;
import k2explorer.catalog.build.OpenedCatalog;
import k2explorer.catalog.build.ProgressListener;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learn panels parse, every link in them resolves in the catalog, and no prose is copied from the seeds. */
class LearnPanelsTest {
    @TempDir
    static Path dir;
    static Catalog catalog;
    static StudyCatalog studies;
    static LearnPanels panels;

    @BeforeAll
    static void load() {
        OpenedCatalog opened = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE);
        catalog = opened.catalog();
        studies = opened.studies();
        panels = LearnPanels.load();
    }

    @Test
    void theFivePanelsLoadWithTitlesAndSections() {
        assertEquals(List.of("k1-and-k2", "gla-proteins", "partners", "warfarin", "reading-numbers"),
                panels.panels().stream().map(LearnPanel::id).toList());
        for (LearnPanel p : panels.panels()) {
            assertFalse(p.title().isBlank(), p.id());
            assertTrue(p.headings().size() >= 3, p.id() + " has sections");
        }
    }

    @Test
    void everyLinkResolvesToAStudyFoodOrClaimInTheCatalog() {
        int studyLinks = 0;
        for (LearnPanel p : panels.panels()) {
            for (PanelLink link : p.links()) {
                switch (link.kind()) {
                    case STUDY -> {
                        studyLinks++;
                        assertTrue(studies.study(link.target()).isPresent(), p.id() + " -> " + link);
                    }
                    case FOOD -> assertTrue(catalog.food(link.target()).isPresent(), p.id() + " -> " + link);
                    case CLAIM -> assertTrue(studies.claim(link.target()).isPresent(),
                            p.id() + " -> " + link);
                    case WEB -> assertTrue(link.target().startsWith("https://"), link.target());
                }
            }
        }
        assertTrue(studyLinks >= 20, "panels cite studies: " + studyLinks);
    }

    @Test
    void everyPanelThatRestsOnStudiesCitesAVerifiedOne() {
        for (LearnPanel p : panels.panels()) {
            p.links().stream().filter(l -> l.kind() == PanelLink.Kind.STUDY)
                    .map(l -> studies.study(l.target()).orElseThrow())
                    .forEach(s -> assertTrue(s.verified(), p.id() + " cites unread study " + s.key()));
        }
    }

    @Test
    void headingsAreSearchable() {
        List<LearnPanels.HeadingHit> hits = panels.search("undercarboxylated");
        assertEquals(1, hits.size());
        assertEquals("gla-proteins", hits.get(0).panel().id());
        assertTrue(panels.search("").isEmpty());
    }

    @Test
    void noPanelSummaryOrClaimRepeatsAnEightWordRunOfTheSeeds() throws IOException {
        SeedOverlap seeds = SeedOverlap.load();
        assertTrue(seeds.fingerprintCount() > 5000, "fingerprints of the five seed articles are bundled");
        List<String> problems = new ArrayList<>();
        for (LearnPanel p : panels.panels()) {
            seeds.copiedRuns(resource("/k2explorer/learn/" + p.id() + ".md"))
                    .forEach(run -> problems.add(p.id() + ": " + run));
        }
        for (Study s : studies.studies()) {
            // Citations (paper titles) are references, kept verbatim on purpose; everything else is our prose.
            String prose = String.join(" \n ", s.summary(), s.mainResult(), s.limitations(), s.gradeReason(),
                    s.population(), s.outcomes(), s.doseText());
            seeds.copiedRuns(prose).forEach(run -> problems.add(s.key() + ": " + run));
        }
        for (Claim c : studies.claims()) {
            seeds.copiedRuns(c.text() + " \n " + c.why()).forEach(run -> problems.add(c.id() + ": " + run));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theOverlapCheckCatchesACopiedRun() {
        SeedOverlap probe = new SeedOverlap.Probe().with("alpha beta gamma delta epsilon zeta eta theta");
        assertEquals(List.of("alpha beta gamma delta epsilon zeta eta theta"),
                probe.copiedRuns("Alpha, beta; gamma delta epsilon zeta eta theta!"));
        assertEquals(List.of(), probe.copiedRuns("alpha beta gamma delta epsilon zeta eta"));
        // Same fingerprint as tools/seed_shingles.py computes for this run.
        assertEquals("e35499ab2137b096", SeedOverlap.fingerprint("alpha beta gamma delta epsilon zeta eta theta"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LearnPanelsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
