package k2explorer.catalog.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real catalog from the bundled files into a temporary SQLite file and checks it against them. */
class CatalogStoreTest {
    @TempDir
    static Path dir;
    static OpenedCatalog opened;
    static Catalog catalog;

    @BeforeAll
    static void build() {
        opened = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE);
        catalog = opened.catalog();
    }

    static List<NamedCsvRecord> resource(String file) throws IOException {
        try (InputStream in = CatalogStoreTest.class.getResourceAsStream("/k2explorer/data/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<NamedCsvRecord> rows = new ArrayList<>();
            CsvReader.builder().ofNamedCsvRecord(text).forEach(rows::add);
            return rows;
        }
    }

    @Test
    void firstOpenBuildsTheDatabaseFile() {
        assertEquals("first start", opened.rebuildReason());
        assertTrue(Files.isRegularFile(dir.resolve(CatalogStore.FILE_NAME)));
        assertTrue(opened.buildMillis() >= 0);
    }

    @Test
    void everyUsdaFoodAndLiteratureFoodIsInTheCatalog() throws IOException {
        List<NamedCsvRecord> usda = resource("usda-sr26/foods.csv");
        Set<String> literatureFoods = new java.util.HashSet<>();
        for (String file : List.of("k2-literature/menaquinones.csv", "k2-literature/other_values.csv")) {
            resource(file).forEach(r -> literatureFoods.add(r.getField("source_key") + "|" + r.getField("food")));
        }
        assertEquals(8_463, usda.size());
        assertEquals(usda.size() + literatureFoods.size(), catalog.foods().size());
        for (NamedCsvRecord r : usda) {
            Food food = catalog.food("usda:" + r.getField("ndb_no")).orElseThrow();
            assertEquals(r.getField("description"), food.name());
            assertEquals(r.getField("food_group"), food.group());
        }
    }

    @Test
    void valueCountsEqualTheResourceFiles() throws IOException {
        long usdaK1 = resource("usda-sr26/nutrients.csv").stream()
                .filter(r -> r.getField("nutrient_code").equals("430")).count();
        int literature = resource("k2-literature/menaquinones.csv").size();
        int usdaPortions = resource("usda-sr26/portions.csv").size();
        assertEquals(usdaK1 + literature, catalog.counts().values());
        long k1Values = catalog.foods().stream().filter(f -> f.id().startsWith("usda:"))
                .mapToLong(f -> f.valuesOf(KForm.K1).size()).sum();
        assertEquals(usdaK1, k1Values);
        long portions = catalog.foods().stream().filter(f -> f.id().startsWith("usda:"))
                .mapToLong(f -> f.portions().size()).sum();
        assertEquals(usdaPortions, portions);
    }

    @Test
    void kaleRawHasTheUsdaK1ValueAndNoInventedMenaquinones() {
        Food kale = catalog.food("usda:11233").orElseThrow();
        assertEquals("Kale, raw", kale.name());
        assertEquals(AmountRange.of(704.8), kale.amount(KForm.K1).orElseThrow());
        assertTrue(kale.amount(KForm.MK7).isEmpty(), "MK-7 was not measured: absent, not 0");
        assertTrue(kale.amount(KForm.MK4).isEmpty());
        assertTrue(kale.totalK2().isEmpty());
        assertTrue(kale.totalK().orElseThrow().partial(), "K1 only: the total K is a lower bound");
    }

    @Test
    void everyLiteratureValueEqualsItsSourceRow() throws IOException {
        for (NamedCsvRecord r : resource("k2-literature/menaquinones.csv")) {
            String id = "lit:" + r.getField("source_key") + ":" + CatalogContentParser.slug(r.getField("food"));
            Food food = catalog.food(id).orElseThrow(() -> new AssertionError("missing " + id));
            KForm form = KForm.parse(r.getField("form")).orElseThrow();
            double expected = Double.parseDouble(r.getField("ug_per_100g"));
            assertTrue(food.valuesOf(form).stream().anyMatch(v -> v.microgramsPer100g() == expected
                            && v.sourceId().equals(r.getField("source_key"))),
                    () -> id + " lacks " + form.label() + " " + expected);
        }
    }

    @Test
    void nattoMk7FromEachPaperIsKeptApart() {
        assertEquals(939, mk7("lit:KAMAO2007:natto"));
        assertEquals(775, mk7("lit:TSUKAMOTO2000_JBMM:natto-regular-commercial-type"));
        assertEquals(865, mk7("lit:TSUKAMOTO2000_JHS:natto-regular-commercial-type"));
        assertEquals(1000, mk7("lit:ODS_VITK:natto"));
        Food reinforced = catalog.food("lit:TSUKAMOTO2000_JHS:natto-mk-7-reinforced-product").orElseThrow();
        assertEquals(new AmountRange(1295, 1730), reinforced.amount(KForm.MK7).orElseThrow(),
                "two products in one paper show as a spread, not one chosen number");
    }

    private static double mk7(String id) {
        return catalog.food(id).orElseThrow().amount(KForm.MK7).orElseThrow().low();
    }

    @Test
    void usdaNattoAndLiteratureNattoAreLinkedNotMerged() {
        Food usda = catalog.food("usda:16113").orElseThrow();
        assertEquals(AmountRange.of(23.1), usda.amount(KForm.K1).orElseThrow());
        assertTrue(usda.amount(KForm.MK7).isEmpty(), "USDA natto keeps only its own measured values");
        assertTrue(usda.relatedFoodIds().contains("lit:KAMAO2007:natto"));
        Food kamao = catalog.food("lit:KAMAO2007:natto").orElseThrow();
        assertTrue(kamao.relatedFoodIds().contains("usda:16113"));
        assertTrue(kamao.amount(KForm.K1).isEmpty());
        assertTrue(kamao.portions().stream().anyMatch(p -> p.grams() == 40), "natto pack");
        assertTrue(kamao.portions().stream().anyMatch(p -> p.grams() == 175 && p.measure().equals("cup")),
                "USDA household portion carried over");
        assertEquals(175, usda.portions().get(0).grams());
        assertEquals(212, usda.nutrient(Nutrient.ENERGY).getAsDouble());
    }

    @Test
    void valuesThatMustNotBeShownAsAFormStayReportedMeasures() throws IOException {
        int otherRows = resource("k2-literature/other_values.csv").size();
        long reported = catalog.foods().stream().mapToLong(f -> f.reportedMeasures().size()).sum();
        assertEquals(otherRows, reported);
        Food softCheese = catalog.food("lit:FU2017_CDN:soft-cheese").orElseThrow();
        assertTrue(softCheese.values().isEmpty(), "a total of all vitamers is never a form value");
        assertTrue(softCheese.totalK2().isEmpty());
    }

    @Test
    void rangesKeepBothEndsAndTheirKind() {
        Food eggs = catalog.food("lit:OSULLIVAN2020:" + CatalogContentParser.slug(
                "Egg, whole, raw - hens fed menadione-supplemented feed (12.9-45.7 mg K3/kg)")).orElseThrow();
        assertEquals(new AmountRange(46, 51), eggs.amount(KForm.MK4).orElseThrow());
        Set<String> kinds = eggs.values().stream().map(v -> v.kind().code()).collect(Collectors.toSet());
        assertEquals(Set.of("range_low", "range_high"), kinds);
    }

    @Test
    void everySourceIdUsedByAValueExists() {
        for (Food f : catalog.foods()) {
            for (KValue v : f.values()) {
                assertTrue(catalog.source(v.sourceId()).isPresent(), v.sourceId());
            }
            for (Portion p : f.portions()) {
                assertTrue(catalog.source(p.sourceId()).isPresent(), p.sourceId());
            }
        }
        assertTrue(catalog.source("TSUKAMOTO2000_JBMM").orElseThrow().industryAffiliated());
        assertEquals("https://doi.org/10.1007/s007740070023",
                catalog.source("TSUKAMOTO2000_JBMM").orElseThrow().link().orElseThrow());
    }

    @Test
    void aSecondOpenReusesTheFileWhileTheDataIsUnchanged(@TempDir Path other) {
        CatalogStore store = new CatalogStore(other, BundledData.load());
        assertTrue(store.open(ProgressListener.NONE).rebuilt().isPresent());
        OpenedCatalog again = store.open(ProgressListener.NONE);
        assertFalse(again.rebuilt().isPresent());
        assertEquals(catalog.counts(), again.catalog().counts());
    }

    @Test
    void changedDataOrADamagedFileIsRebuilt(@TempDir Path other) throws IOException {
        new CatalogStore(other, BundledData.load()).open(ProgressListener.NONE);
        BundledData changed = BundledDataTest.withFile(BundledData.LIT_PORTIONS,
                "food,source_key,amount,measure,grams,portion_source_key,note\n");
        OpenedCatalog rebuilt = new CatalogStore(other, changed).open(ProgressListener.NONE);
        assertEquals("the bundled data changed", rebuilt.rebuildReason());

        Files.writeString(other.resolve(CatalogStore.FILE_NAME), "this is not a database");
        OpenedCatalog repaired = new CatalogStore(other, changed).open(ProgressListener.NONE);
        assertNotNull(repaired.rebuildReason());
        assertTrue(repaired.rebuildReason().startsWith("the existing file could not be read"));
        assertEquals(catalog.foods().size(), repaired.catalog().foods().size());
    }
}
