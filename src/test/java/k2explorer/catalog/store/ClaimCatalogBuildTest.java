package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.Food;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.StudiesParser;
import k2explorer.csv.CsvTable;
import k2explorer.learn.LearnPanel;
import k2explorer.learn.LearnPanels;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimEvidence;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.Study;
import k2explorer.studies.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The claim verdicts: every claim of the seed inventory has exactly one, each rests on evidence that exists (and was
 * verified) or is honestly unsourced, safety claims come first and say what to conclude, and the popular K2 table
 * is checked row by row. The claims go through the SQLite catalog intact.
 */
class ClaimCatalogBuildTest extends BuiltCatalogTest {
    private static final String HEADER = "id,inventory_ids,kind,safety,claim,seeds,seed_figure,verdict,why,takeaway,"
            + "studies_for,studies_against,studies_context,food_ids,source_keys,panel,seed_table_row\n";

    static List<String> inventoryIds() throws IOException {
        try (InputStream in = ClaimCatalogBuildTest.class.getResourceAsStream(
                "/k2explorer/data/studies/seed-claims.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CsvTable.parse("seed-claims.csv", text, List.of("id", "claim", "seed_files", "kind"))
                    .rows().stream().map(r -> r.required("id")).toList();
        }
    }

    @Test
    void everyInventoryClaimHasExactlyOneVerdict() throws IOException {
        List<String> inventory = inventoryIds();
        assertEquals(80, inventory.size(), "the inventory of checkable seed claims");
        Map<String, List<String>> coveredBy = new HashMap<>();
        for (Claim c : studies.claims()) {
            c.inventoryIds().forEach(i -> coveredBy.computeIfAbsent(i, k -> new ArrayList<>()).add(c.id()));
        }
        List<String> missing = inventory.stream().filter(i -> !coveredBy.containsKey(i)).toList();
        assertEquals(List.of(), missing, "inventory claims without a verdict");
        coveredBy.forEach((inv, claims) -> assertEquals(1, claims.size(), inv + " is covered by " + claims));
        assertEquals(Set.copyOf(inventory), coveredBy.keySet(), "no claim names an id missing from the inventory");
    }

    @Test
    void claimsReadBackFromSqliteEqualTheParsedFile() {
        BundledData data = BundledData.load();
        List<Claim> fromFile = StudiesParser.claims(BundledData.CLAIMS, data.text(BundledData.CLAIMS),
                studies.studies(), catalog.sources().stream().map(s -> s.id()).collect(Collectors.toSet()),
                catalog.foods().stream().map(Food::id).collect(Collectors.toSet()));
        assertEquals(fromFile, studies.claims());
    }

    @Test
    void everyVerdictRestsOnEvidenceThatExistsOrSaysItIsUnsourced() {
        for (Claim claim : studies.claims()) {
            assertEquals(claim.studyKeys().size(), studies.studiesBehind(claim).size(), claim.id());
            assertEquals(claim.foodIds().size(), ClaimEvidence.foodsBehind(claim, catalog).size(), claim.id());
            claim.sourceKeys().forEach(k -> assertTrue(catalog.source(k).isPresent(), claim.id() + " " + k));
            boolean backed = !claim.studyKeys().isEmpty() || !claim.foodIds().isEmpty()
                    || !claim.sourceKeys().isEmpty();
            assertTrue(backed || claim.verdict() == Verdict.UNSOURCED, claim.id() + " has evidence or is unsourced");
            assertFalse(claim.why().isBlank(), claim.id());
            assertFalse(claim.seeds().isEmpty(), claim.id() + " names the articles that make it");
        }
    }

    @Test
    void noVerdictCitesAStudyMarkedNotVerified() {
        for (Claim claim : studies.claims()) {
            for (Study s : studies.studiesBehind(claim)) {
                assertTrue(s.verified(), claim.id() + " cites " + s.key() + ", which is not verified");
            }
        }
        String claims = HEADER + "x,,TRIAL,no,Some claim,002,,PARTLY,because,,ORIMO1992,,,,,,\n";
        CatalogException e = assertThrows(CatalogException.class, () -> StudiesParser.claims("claims.csv", claims,
                studies.studies(), Set.of(), Set.of()));
        assertEquals("claims.csv line 2, column studies_for: 'ORIMO1992' is not verified: no verdict may rest on it",
                e.getMessage());
    }

    @Test
    void safetyClaimsComeFirstAndSayWhatToConcludeAndNotConclude() {
        List<Claim> claims = studies.claims();
        int firstOther = 0;
        while (firstOther < claims.size() && claims.get(firstOther).safety()) {
            firstOther++;
        }
        int safety = firstOther;
        assertTrue(claims.subList(safety, claims.size()).stream().noneMatch(Claim::safety), "safety claims first");
        Set<String> safetyInventory = claims.stream().filter(Claim::safety).flatMap(c -> c.inventoryIds().stream())
                .collect(Collectors.toSet());
        assertTrue(safetyInventory.containsAll(Set.of("S-WARFK2", "S-WARFK1", "S-WARFBONE", "S-WARFRAT",
                "S-NATTOKINASE", "S-D3DOSE", "M-CAK2", "M-CAHARM", "M-MINERALS", "C-STATIN", "I-NATTOSMALL")),
                safetyInventory.toString());
        for (Claim c : claims.subList(0, safety)) {
            assertTrue(c.takeaway().contains("Do conclude") && c.takeaway().contains("Do not conclude"), c.id());
            boolean warfarin = (c.text() + c.takeaway()).toLowerCase().contains("warfarin");
            assertTrue(!warfarin || c.panel().equals("warfarin") || c.panel().equals("partners"), c.id());
        }
        assertEquals("warfarin", studies.claim("warfarin-caution").orElseThrow().panel());
    }

    @Test
    void theElevenRowsOfThePopularK2TableAreClaimsWithFoodValuesOrUnsourced() {
        List<Claim> rows = studies.claims().stream().filter(c -> c.seedTableRow() != null)
                .sorted(java.util.Comparator.comparing(Claim::seedTableRow)).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), rows.stream().map(Claim::seedTableRow).toList());
        for (Claim row : rows) {
            assertEquals(ClaimKind.FOOD_CONTENT, row.kind(), row.id());
            assertTrue(row.seedFigure().contains("µg/100 g"), row.id() + ": " + row.seedFigure());
            assertTrue(row.seeds().contains("001"), row.id() + " comes from the article with the table");
            assertTrue(!ClaimEvidence.foodsBehind(row, catalog).isEmpty() || row.verdict() == Verdict.UNSOURCED, row.id());
        }
        // The seed's 369 µg is found only as Ciqual's K2 total for raw goose liver, never as MK-4.
        assertTrue(catalog.foods().stream().flatMap(f -> f.values().stream())
                .noneMatch(v -> v.form() == k2explorer.catalog.KForm.MK4 && v.amount() == 369));
        Claim goose = rows.get(1);
        assertEquals("369 µg/100 g (MK-4)", goose.seedFigure());
        assertTrue(goose.why().contains("raw goose liver") && goose.why().contains("no form"), goose.why());
    }

    @Test
    void theVerdictsIssue15AskedToRejudgeSayWhy() {
        Claim liver = studies.claim("food-chicken-liver").orElseThrow();
        assertEquals(Verdict.OVERSTATED, liver.verdict());
        assertTrue(liver.why().contains("14.1") && liver.why().contains("150"), liver.why());
        Claim deficiency = studies.claim("deficiency-below-250").orElseThrow();
        assertEquals(Verdict.CONTRADICTED, deficiency.verdict());
        assertTrue(deficiency.studiesAgainst().containsAll(List.of("IOM2001_VITK", "GAST2009")));
        Claim spine = studies.claim("mk4-spine-trial").orElseThrow();
        assertEquals(Verdict.SUPPORTED, spine.verdict());
        assertEquals(List.of("SHIRAKI2000"), spine.studiesFor());
        assertTrue(spine.why().contains("3.3%") && spine.why().contains("3.0%"), "says which figure is which");
    }

    @Test
    void theFixesIssue19ListedAreIn() {
        assertEquals(List.of("004"), studies.claim("warfarin-caution").orElseThrow().seeds(),
                "the article that only discusses K1 is not listed for the K2 warning");
        assertTrue(studies.claim("calcification-halved").orElseThrow().why().contains("7 years"));
        Claim statins = studies.claim("statins-block-k2").orElseThrow();
        assertTrue(statins.studiesAgainst().contains("CTT2010"), "counter-evidence beside the opinion piece");
        assertEquals(List.of("OKUYAMA2015"), statins.studiesFor());
        assertTrue(studies.claim("mk4-fractures-strong-evidence").orElseThrow().studiesAgainst()
                .containsAll(List.of("INOUE2009", "MOTT2019")));
        assertTrue(studies.claim("ronn-ucoc-trial").orElseThrow().why().contains("bone density"),
                "the Rønn result is told with its null bone density");
    }

    @Test
    void everyLinkedLearnPanelExists() {
        Set<String> panels = LearnPanels.load().panels().stream().map(LearnPanel::id).collect(Collectors.toSet());
        for (Claim c : studies.claims()) {
            c.panelId().ifPresent(p -> assertTrue(panels.contains(p), c.id() + " links panel " + p));
        }
    }

    @Test
    void theBuilderRefusesAClaimNamingAnythingThatDoesNotExist() {
        List<Study> known = studies.studies();
        Set<String> sources = Set.of("ODS_VITK");
        Set<String> foods = Set.of("usda:11233");
        Map<String, String> cases = Map.of(
                "x,,TRIAL,no,C,000,,PARTLY,w,,NOPE2020,,,,,,\n",
                "claims.csv line 2, column studies_for: no study with key 'NOPE2020'",
                "x,,FOOD_CONTENT,no,C,001,,PARTLY,w,,,,,k2c:nope,,,\n",
                "claims.csv line 2, column food_ids: no catalog food with id 'k2c:nope'",
                "x,,FOOD_CONTENT,no,C,001,,PARTLY,w,,,,,,NOPE,,\n",
                "claims.csv line 2, column source_keys: no literature source with key 'NOPE'",
                "x,,SAFETY,yes,C,000,,PARTLY,w,,GAST2009,,,,,,\n",
                "claims.csv line 2, column takeaway: a safety claim says what a person should and should not conclude",
                "x,,TRIAL,no,C,000,,PARTLY,w,,GAST2009,GAST2009,,,,,\n",
                "claims.csv line 2, column studies_against: 'GAST2009' is cited in more than one role",
                "x,,TRIAL,no,C,000,,PARTLY,w,,,,,,,,\n",
                "claims.csv line 2, column verdict: only an unsourced claim may name no study, source or food",
                "x,,GUESS,no,C,000,,UNSOURCED,w,,,,,,,,\n",
                "claims.csv line 2, column kind: 'GUESS' is not one of [FOOD_CONTENT, DOSE, TRIAL, COHORT, MECHANISM,"
                        + " SAFETY, INTAKE, OTHER]");
        cases.forEach((row, message) -> {
            CatalogException e = assertThrows(CatalogException.class,
                    () -> StudiesParser.claims("claims.csv", HEADER + row, known, sources, foods), row);
            assertEquals(message, e.getMessage());
        });
        String twice = HEADER + "a,N-AGE,COHORT,no,C,000,,UNSOURCED,w,,,,,,,,\n"
                + "b,N-AGE,COHORT,no,D,000,,UNSOURCED,w,,,,,,,,\n";
        CatalogException e = assertThrows(CatalogException.class,
                () -> StudiesParser.claims("claims.csv", twice, known, sources, foods));
        assertEquals("claims.csv line 3, column inventory_ids: 'N-AGE' is already covered by claim 'a'",
                e.getMessage());
    }

    @Test
    void foodIdsResolveToTheCatalogFoodsInTheirOrder() {
        Claim natto = studies.claim("food-natto").orElseThrow();
        List<Food> foods = ClaimEvidence.foodsBehind(natto, catalog);
        assertEquals(natto.foodIds(), foods.stream().map(Food::id).toList());
        foods.forEach(f -> assertTrue(f.name().toLowerCase().contains("natto"), f.name()));
        assertTrue(foods.stream().anyMatch(f -> f.values().stream().anyMatch(v -> v.amount() == 939)));
    }
}
