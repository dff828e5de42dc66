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
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
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
    void thePanelsAreParsedWhenFirstAskedForNotWhenStartUpLoadsThem() {
        LearnPanels fresh = LearnPanels.load();
        assertFalse(fresh.parsed(), "start-up's load leaves the Markdown parser for later");
        assertFalse(fresh.search("warfarin").isEmpty());
        assertTrue(fresh.parsed());
        assertEquals(panels.panels().size(), fresh.panels().size());
    }

    @Test
    void theSixPanelsLoadWithTitlesAndSections() {
        assertEquals(List.of("k1-and-k2", "gla-proteins", "partners", "warfarin", "reading-numbers", "glossary"),
                panels.panels().stream().map(LearnPanel::id).toList());
        for (LearnPanel p : panels.panels()) {
            assertFalse(p.title().isBlank(), p.id());
            assertTrue(p.headings().size() >= 3, p.id() + " has sections");
        }
    }

    @Test
    void aViewLinkOpensOnlyAKnownPlaceAndTheWarfarinPanelLinksTheWeekOfK1() {
        assertEquals(new PanelLink(PanelLink.Kind.VIEW, "plan-week"), PanelLink.parse("view:plan-week"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PanelLink.parse("view:nowhere"));
        assertTrue(e.getMessage().contains("view:nowhere"), e.getMessage());
        LearnPanel warfarin = panels.panel("warfarin").orElseThrow();
        assertTrue(warfarin.links().contains(new PanelLink(PanelLink.Kind.VIEW, "plan-week")));
        assertTrue(warfarin.links().contains(new PanelLink(PanelLink.Kind.FOOD, "usda:11091")), "cooked broccoli");
    }

    @Test
    void everyLinkResolvesToAStudyFoodClaimOrPanel() {
        int studyLinks = 0;
        List<String> missing = new ArrayList<>();
        for (LearnPanel p : panels.panels()) {
            for (PanelLink link : p.links()) {
                boolean found = switch (link.kind()) {
                    case STUDY -> studies.study(link.target()).isPresent();
                    case FOOD -> catalog.food(link.target()).isPresent();
                    case CLAIM -> studies.claim(link.target()).isPresent();
                    case PANEL -> panels.panel(link.panelId()).isPresent();
                    case VIEW -> PanelLink.VIEWS.contains(link.target());
                    case WEB -> link.target().startsWith("https://");
                };
                studyLinks += link.kind() == PanelLink.Kind.STUDY ? 1 : 0;
                if (!found) {
                    missing.add(p.id() + " -> " + link.kind() + " " + link.target());
                }
            }
        }
        // Food links to the compiled table (k2c:) and Ciqual (ciqual:) resolve once the catalog carries those sources.
        assertEquals(List.of(), missing);
        assertTrue(studyLinks >= 20, "panels cite studies: " + studyLinks);
    }

    @Test
    void noPanelStatementRestsOnAStudyMarkedNotVerified() {
        assertEquals(List.of(), PanelChecks.unverifiedStudies(panels.panels(), studies));
    }

    @Test
    void theUnverifiedCheckCatchesAPanelCitingAnUnreadStudy() {
        assertTrue(studies.study("ORIMO1992").map(s -> !s.verified()).orElse(false), "ORIMO1992 is unread");
        LearnPanel probe = probe("# Probe\n\nThe dose came from [Orimo 1992](study:ORIMO1992) and "
                + "[Gast 2009](study:GAST2009).\n");
        assertEquals(List.of("probe -> ORIMO1992: not verified (its abstract was not read)"),
                PanelChecks.unverifiedStudies(List.of(probe), studies));
    }

    @Test
    void everyStudyLinkedFromAPanelExists() {
        assertEquals(List.of(), PanelChecks.unknownStudies(panels.panels(), studies));
    }

    @Test
    void theExistenceCheckCatchesALinkToAStudyThatIsNotInTheCatalog() {
        LearnPanel probe = probe("# Probe\n\nSee [Nobody 2099](study:NOBODY2099) and [Gast 2009](study:GAST2009).\n");
        assertEquals(List.of("probe -> NOBODY2099: no such study"),
                PanelChecks.unknownStudies(List.of(probe), studies));
    }

    @Test
    void everyPanelLinkOpensAnExistingPanelAndSection() {
        assertEquals(List.of(), PanelChecks.brokenPanelLinks(panels.panels()));
        LearnPanel probe = probe("# Probe\n\n## A section\n\n[gone](panel:nowhere), "
                + "[bad](panel:glossary#no-such-term), [fine](panel:glossary#inr), [self](panel:probe#a-section).\n");
        List<LearnPanel> withProbe = new ArrayList<>(panels.panels());
        withProbe.add(probe);
        assertEquals(List.of("probe -> nowhere: no such panel",
                        "probe -> glossary#no-such-term: no heading with that anchor in glossary"),
                PanelChecks.brokenPanelLinks(withProbe));
    }

    @Test
    void theGlossaryExplainsTheJargonAndThePanelsLinkToIt() {
        LearnPanel glossary = panels.panel("glossary").orElseThrow();
        List<String> terms = List.of("inr", "carboxylation", "ucoc", "dp-ucmgp", "menadione", "vitamin-k-antagonist",
                "doac");
        for (String anchor : terms) {
            assertTrue(glossary.heading(anchor).isPresent(), "glossary explains " + anchor);
            PanelLink link = new PanelLink(PanelLink.Kind.PANEL, "glossary#" + anchor);
            assertTrue(panels.panels().stream().filter(p -> p != glossary).anyMatch(p -> p.links().contains(link)),
                    "a panel links the glossary's " + anchor);
        }
        assertEquals("dp-ucmgp", PanelLink.anchorOf("dp-ucMGP"));
        assertEquals("vitamin-k-antagonist", PanelLink.anchorOf("Vitamin K antagonist"));
    }

    @Test
    void panelsSayVitaminKDoesNotReplaceOsteoporosisTreatmentAndThat45MgIsADrugDose() throws IOException {
        String gla = resource("/k2explorer/learn/gla-proteins.md");
        assertTrue(gla.contains("not a substitute for the osteoporosis treatment"), "gla-proteins");
        assertTrue(gla.contains("prescription drug dose in Japan"), "gla-proteins");
        assertTrue(resource("/k2explorer/learn/k1-and-k2.md").contains("prescription drug dose in Japan"));
        String warfarin = resource("/k2explorer/learn/warfarin.md");
        assertTrue(warfarin.contains("should avoid\nMK-7 supplements"), "Theuwissen's conclusion");
        assertTrue(warfarin.contains("do not work through vitamin K"), "DOACs");
    }

    private static LearnPanel probe(String markdown) {
        return LearnPanels.parse("probe", org.commonmark.parser.Parser.builder().build().parse(markdown));
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
            seeds.copiedRuns(c.text() + " \n " + c.why() + " \n " + c.takeaway())
                    .forEach(run -> problems.add(c.id() + ": " + run));
        }
        // The inventory of the seeds' claims is our paraphrase too.
        seeds.copiedRuns(resource("/k2explorer/data/studies/seed-claims.csv"))
                .forEach(run -> problems.add("seed-claims.csv: " + run));
        assertEquals(List.of(), problems);
    }

    @Test
    void theOverlapCheckCatchesACopiedRun() {
        SeedOverlap probe = new SeedOverlap.Probe().with("alpha beta gamma delta epsilon zeta eta theta");
        assertEquals(List.of("alpha beta gamma delta epsilon zeta eta theta"),
                probe.copiedRuns("Alpha, beta; gamma delta epsilon zeta eta theta!"));
        assertEquals(List.of(), probe.copiedRuns("alpha beta gamma delta epsilon zeta eta"));
        // The fingerprint the bundled list was made with (SeedOverlap.main): first 16 hex digits of SHA-256.
        assertEquals("e35499ab2137b096", SeedOverlap.fingerprint("alpha beta gamma delta epsilon zeta eta theta"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LearnPanelsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
