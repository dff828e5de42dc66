package k2explorer.catalog.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import k2explorer.csv.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the curated tables, run on the bundled CSV files in every build. Those CSV files are the source:
 * they are edited by hand, nothing generates them, and this test is what checks them (the catalog builder refuses
 * only what would break the app; the rules here also keep the curation honest).
 *
 * <ul>
 *   <li>every food id exists under the id scheme of docs/data-contracts.md ({@code usda:<ndb_no>},
 *       {@code k2c:<slug(food)>}, {@code ciqual:<code>}, {@code lit:<source_key>:<slug(food)>}), and no two food
 *       names give the same id;</li>
 *   <li>food_families.csv: {@code family_id} is {@code fam:<slug(family_name)>} and one id has one name; relation is
 *       same_food or similar; a food is in at most one family; a family has at least two members from at least two
 *       sources (USDA, compiled, Ciqual, or one literature source key), and no same_food member or at least two;
 *       no empty note;</li>
 *   <li>ranking_exclusions.csv: kind is fortified, experimental, special_product or dried_herb; a food is listed
 *       once; no empty reason;</li>
 *   <li>claims.csv: {@code seeds} lists exactly the seed articles of the row's inventory claims in
 *       seed-claims.csv.</li>
 * </ul>
 * Each rule is also run on a broken table, so the test can fail.
 */
class CurationDataTest {
    private static final Set<String> RELATIONS = Set.of("same_food", "similar");
    private static final Set<String> KINDS = Set.of("fortified", "experimental", "special_product", "dried_herb");
    private static final String FAMILY_HEADER = "family_id,family_name,food_id,relation,note\n";
    private static final String EXCLUSION_HEADER = "food_id,kind,reason\n";

    private static BundledData data;
    private static Map<String, String> foods;
    private static List<String> idProblems;

    @BeforeAll
    static void load() {
        data = BundledData.load();
        idProblems = new ArrayList<>();
        foods = knownFoods(data::text, idProblems);
    }

    @Test
    void noTwoFoodNamesOfTheBundledSourcesGiveTheSameId() {
        assertEquals(List.of(), idProblems);
        assertTrue(foods.keySet().stream().map(CurationDataTest::sourceOf).distinct().count() > 4,
                "foods of every source were read: " + new TreeSet<>(foods.keySet().stream()
                        .map(CurationDataTest::sourceOf).toList()));
    }

    @Test
    void theBundledFoodFamiliesKeepEveryRule() {
        List<String> problems = new ArrayList<>();
        Map<String, List<String[]>> families = families(data.text(BundledData.FOOD_FAMILIES), foods, problems);
        assertEquals(List.of(), problems);
        assertTrue(families.size() > 100, families.size() + " families");
    }

    @Test
    void theBundledRankingExclusionsKeepEveryRule() {
        List<String> problems = new ArrayList<>();
        int rows = exclusions(data.text(BundledData.RANKING_EXCLUSIONS), foods, problems);
        assertEquals(List.of(), problems);
        assertTrue(rows > 50, rows + " exclusions");
    }

    @Test
    void eachClaimListsTheSeedArticlesOfItsInventoryClaims() {
        List<String> problems = new ArrayList<>();
        claimSeeds(data.text(BundledData.CLAIMS), inventoryText(), problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void twoFoodNamesGivingOneIdAreReported() {
        Map<String, String> texts = Map.of(BundledData.COMPILED_VALUES, "food\n\"Gouda, aged\"\nGouda (aged)\n");
        List<String> problems = new ArrayList<>();
        Map<String, String> known = knownFoods(f -> texts.getOrDefault(f, header(f)), problems);
        assertEquals(Set.of("k2c:gouda-aged"), known.keySet());
        assertEquals(List.of(BundledData.COMPILED_VALUES + ": 'Gouda (aged)' and 'Gouda, aged' give the same id "
                + "k2c:gouda-aged"), problems);
    }

    @Test
    void everyFamilyRuleReportsABrokenTable() {
        Map<String, String> known = Map.of("usda:01009", "Cheddar", "k2c:cheddar", "Cheddar",
                "ciqual:12110", "Cheddar", "lit:KAMAO2007:natto", "Natto", "lit:FU2017:natto", "Natto",
                "usda:16113", "Natto");
        String good = "fam:cheddar-cheese,Cheddar cheese,usda:01009,same_food,US cheddar\n"
                + "fam:cheddar-cheese,Cheddar cheese,k2c:cheddar,same_food,compiled cheddar\n";
        assertEquals(List.of(), familyProblems(good, known));
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("fam:cheddar,Cheddar cheese,usda:01009,similar,a\nfam:cheddar,Cheddar cheese,k2c:cheddar,similar,b\n",
                "food_families.csv line 2: family_id 'fam:cheddar' should be 'fam:cheddar-cheese' for name "
                        + "'Cheddar cheese'|food_families.csv line 3: family_id 'fam:cheddar' should be "
                        + "'fam:cheddar-cheese' for name 'Cheddar cheese'");
        cases.put(good + "fam:cheddar-cheese,Cheddar cheese,ciqual:99999,similar,c\n",
                "food_families.csv line 4: no food ciqual:99999 in the bundled data");
        cases.put(good + "fam:cheddar-cheese,Cheddar cheese,ciqual:12110,same,c\n",
                "food_families.csv line 4: relation 'same' is not one of [same_food, similar]");
        cases.put(good + "fam:cheddar-cheese,Cheddar cheese,ciqual:12110,similar, \n",
                "food_families.csv line 4: empty note for ciqual:12110");
        cases.put(good + "fam:natto,Natto,usda:01009,similar,c\nfam:natto,Natto,lit:KAMAO2007:natto,similar,d\n",
                "food_families.csv line 4: usda:01009 is already in fam:cheddar-cheese");
        cases.put("fam:cheddar-cheese,Cheddar cheese,usda:01009,similar,a\n"
                        + "fam:cheddar-cheese,Cheddar Cheese,k2c:cheddar,similar,b\n",
                "fam:cheddar-cheese: more than one family name [Cheddar Cheese, Cheddar cheese]");
        cases.put("fam:cheddar,Cheddar,usda:01009,similar,a\n",
                "fam:cheddar: only 1 member|fam:cheddar: all members come from one source");
        cases.put("fam:natto,Natto,lit:KAMAO2007:natto,similar,a\nfam:natto,Natto,lit:KAMAO2007:natto2,similar,b\n",
                "food_families.csv line 3: no food lit:KAMAO2007:natto2 in the bundled data"
                        + "|fam:natto: all members come from one source");
        cases.put("fam:natto,Natto,usda:16113,similar,a\nfam:natto,Natto,lit:KAMAO2007:natto,similar,b\n"
                + "fam:natto,Natto,lit:FU2017:natto,same_food,c\n",
                "fam:natto: a single same_food member (same as what?)");
        cases.forEach((rows, expected) -> assertEquals(List.of(expected.split("\\|")), familyProblems(rows, known),
                rows));
        // Two literature sources are two sources: a family of Kamao's and Fu's natto is allowed.
        assertEquals(List.of(), familyProblems("fam:natto,Natto,lit:KAMAO2007:natto,similar,a\n"
                + "fam:natto,Natto,lit:FU2017:natto,similar,b\n", known));
    }

    @Test
    void everyExclusionRuleReportsABrokenTable() {
        Map<String, String> known = Map.of("usda:01009", "Cheddar", "k2c:natto", "Natto");
        assertEquals(List.of(), exclusionProblems("usda:01009,fortified,vitamin K added\n", known));
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("usda:99999,fortified,r\n", "ranking_exclusions.csv line 2: no food usda:99999 in the bundled data");
        cases.put("usda:01009,herb,r\n", "ranking_exclusions.csv line 2: kind 'herb' is not one of "
                + "[dried_herb, experimental, fortified, special_product]");
        cases.put("usda:01009,fortified,\"\"\n", "ranking_exclusions.csv line 2: empty reason for usda:01009");
        cases.put("usda:01009,fortified,r\nk2c:natto,experimental,r\nusda:01009,dried_herb,r\n",
                "ranking_exclusions.csv line 4: usda:01009 is listed twice");
        cases.forEach((rows, expected) -> assertEquals(List.of(expected), exclusionProblems(rows, known), rows));
    }

    @Test
    void aClaimWhoseSeedsDifferFromItsInventoryClaimsIsReported() {
        String inventory = "id,claim,seed_files,kind\nA,x,000_aa.txt;002_bb.txt,dose\nB,y,001_cc.txt,dose\n";
        String claims = "id,inventory_ids,seeds\nok,A;B,000;001;002\nwrong,B,000\n";
        List<String> problems = new ArrayList<>();
        claimSeeds(claims, inventory, problems);
        assertEquals(List.of("claims.csv line 3 (wrong): seeds '000' should be '001', the articles of its "
                + "inventory claims"), problems);
    }

    @Test
    void theFamilyIdIsTheSlugOfItsName() {
        assertEquals("fam:cheddar-cheese-aged", FoodIds.family("  Cheddar cheese (aged)!"));
        assertEquals("k2c:1-fat-milk", FoodIds.compiled("1% fat Milk"));
        assertEquals("lit:KAMAO2007:natto", FoodIds.literature("KAMAO2007", "Natto"));
        assertEquals(80, FoodIds.slug("x".repeat(100)).length());
        assertEquals("cr-me-fra-che", FoodIds.slug("Crème fraîche"), "letters outside a-z are separators");
    }

    // ----------------------------------------------------------------------------------------------- the rules

    /** Every food id of the bundled sources with its name; two names giving one id is a problem. */
    static Map<String, String> knownFoods(Function<String, String> text, List<String> problems) {
        Map<String, String> names = new HashMap<>();
        for (CsvTable.Row r : table(text, BundledData.USDA_FOODS, "ndb_no", "description")) {
            names.put(FoodIds.usda(r.text("ndb_no")), r.text("description"));
        }
        for (CsvTable.Row r : table(text, BundledData.COMPILED_VALUES, "food")) {
            add(names, FoodIds.compiled(r.text("food")), r.text("food"), BundledData.COMPILED_VALUES, problems);
        }
        for (CsvTable.Row r : table(text, BundledData.CIQUAL, "ciqual_code", "food_name")) {
            names.put(FoodIds.ciqual(r.text("ciqual_code")), r.text("food_name"));
        }
        for (String file : List.of(BundledData.LIT_MENAQUINONES, BundledData.LIT_OTHER_VALUES)) {
            for (CsvTable.Row r : table(text, file, "source_key", "food")) {
                add(names, FoodIds.literature(r.text("source_key"), r.text("food")), r.text("food"), file, problems);
            }
        }
        return names;
    }

    private static void add(Map<String, String> names, String id, String name, String file, List<String> problems) {
        String old = names.put(id, name);
        if (old != null && !old.equals(name)) {
            problems.add(file + ": '" + name + "' and '" + old + "' give the same id " + id);
        }
    }

    /** Checks food_families.csv; returns the members (food id, relation) of each family. */
    static Map<String, List<String[]>> families(String csv, Map<String, String> foods, List<String> problems) {
        Map<String, List<String[]>> byFamily = new LinkedHashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, String> familyOf = new HashMap<>();
        for (CsvTable.Row r : CsvTable.parse("food_families.csv", csv,
                List.of("family_id", "family_name", "food_id", "relation", "note")).rows()) {
            String where = "food_families.csv line " + r.line();
            String id = r.text("family_id");
            String name = r.text("family_name");
            String food = r.text("food_id");
            String relation = r.text("relation");
            if (name.isEmpty() || !id.equals(FoodIds.family(name))) {
                problems.add(where + ": family_id '" + id + "' should be '" + FoodIds.family(name) + "' for name '"
                        + name + "'");
            }
            names.computeIfAbsent(id, k -> new TreeSet<>()).add(name);
            if (!foods.containsKey(food)) {
                problems.add(where + ": no food " + food + " in the bundled data");
            }
            if (!RELATIONS.contains(relation)) {
                problems.add(where + ": relation '" + relation + "' is not one of " + new TreeSet<>(RELATIONS));
            }
            if (r.text("note").isEmpty()) {
                problems.add(where + ": empty note for " + food);
            }
            String earlier = familyOf.put(food, id);
            if (earlier != null) {
                problems.add(where + ": " + food + " is already in " + earlier);
            }
            byFamily.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] {food, relation});
        }
        byFamily.forEach((id, members) -> {
            if (names.get(id).size() > 1) {
                problems.add(id + ": more than one family name " + names.get(id));
            }
            if (members.size() < 2) {
                problems.add(id + ": only " + members.size() + " member");
            }
            if (members.stream().map(m -> sourceOf(m[0])).distinct().count() < 2) {
                problems.add(id + ": all members come from one source");
            }
            if (members.stream().filter(m -> m[1].equals("same_food")).count() == 1) {
                problems.add(id + ": a single same_food member (same as what?)");
            }
        });
        return byFamily;
    }

    /** Checks ranking_exclusions.csv; returns its number of rows. */
    static int exclusions(String csv, Map<String, String> foods, List<String> problems) {
        Set<String> seen = new LinkedHashSet<>();
        List<CsvTable.Row> rows = CsvTable.parse("ranking_exclusions.csv", csv, List.of("food_id", "kind", "reason"))
                .rows();
        for (CsvTable.Row r : rows) {
            String where = "ranking_exclusions.csv line " + r.line();
            String food = r.text("food_id");
            String kind = r.text("kind");
            if (!foods.containsKey(food)) {
                problems.add(where + ": no food " + food + " in the bundled data");
            }
            if (!KINDS.contains(kind)) {
                problems.add(where + ": kind '" + kind + "' is not one of " + new TreeSet<>(KINDS));
            }
            if (r.text("reason").isEmpty()) {
                problems.add(where + ": empty reason for " + food);
            }
            if (!seen.add(food)) {
                problems.add(where + ": " + food + " is listed twice");
            }
        }
        return rows.size();
    }

    /** claims.csv's {@code seeds}: the article numbers (before '_') of the seed files of its inventory claims. */
    static void claimSeeds(String claims, String inventory, List<String> problems) {
        Map<String, String> seedFiles = new HashMap<>();
        for (CsvTable.Row r : CsvTable.parse("seed-claims.csv", inventory, List.of("id", "seed_files")).rows()) {
            seedFiles.put(r.text("id"), r.text("seed_files"));
        }
        for (CsvTable.Row r : CsvTable.parse("claims.csv", claims, List.of("id", "inventory_ids", "seeds")).rows()) {
            Set<String> seeds = new TreeSet<>();
            for (String inv : split(r.text("inventory_ids"))) {
                split(seedFiles.getOrDefault(inv, "")).forEach(f -> seeds.add(f.split("_", 2)[0]));
            }
            String expected = String.join(";", seeds);
            if (!expected.equals(r.text("seeds"))) {
                problems.add("claims.csv line " + r.line() + " (" + r.text("id") + "): seeds '" + r.text("seeds")
                        + "' should be '" + expected + "', the articles of its inventory claims");
            }
        }
    }

    /** USDA, compiled, Ciqual, or one literature source key. */
    static String sourceOf(String foodId) {
        String[] parts = foodId.split(":");
        return parts[0].equals("lit") && parts.length > 1 ? "lit:" + parts[1] : parts[0];
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private static List<String> familyProblems(String rows, Map<String, String> known) {
        List<String> problems = new ArrayList<>();
        families(FAMILY_HEADER + rows, known, problems);
        return problems;
    }

    private static List<String> exclusionProblems(String rows, Map<String, String> known) {
        List<String> problems = new ArrayList<>();
        exclusions(EXCLUSION_HEADER + rows, known, problems);
        return problems;
    }

    private static List<CsvTable.Row> table(Function<String, String> text, String file, String... columns) {
        return CsvTable.parse(file, text.apply(file), List.of(columns)).rows();
    }

    private static String header(String file) {
        Map<String, String> headers = new TreeMap<>(Map.of(
                BundledData.USDA_FOODS, "ndb_no,description\n",
                BundledData.CIQUAL, "ciqual_code,food_name\n",
                BundledData.LIT_MENAQUINONES, "source_key,food\n",
                BundledData.LIT_OTHER_VALUES, "source_key,food\n",
                BundledData.COMPILED_VALUES, "food\n"));
        return headers.get(file);
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : List.of(list.split(";")).stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String inventoryText() {
        try (var in = CurationDataTest.class.getResourceAsStream("/k2explorer/data/studies/seed-claims.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
