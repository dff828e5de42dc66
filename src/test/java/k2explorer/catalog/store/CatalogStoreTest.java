package k2explorer.catalog.store;

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
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Attribution;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.BundledDataTest;
import k2explorer.catalog.sources.CompiledTable;
import k2explorer.catalog.sources.FoodIds;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real catalog from the bundled files into a temporary SQLite file and checks it against them. */
class CatalogStoreTest extends BuiltCatalogTest {
    static List<NamedCsvRecord> resource(String file) throws IOException {
        try (InputStream in = CatalogStoreTest.class.getResourceAsStream("/k2explorer/data/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<NamedCsvRecord> rows = new ArrayList<>();
            CsvReader.builder().ofNamedCsvRecord(text).forEach(rows::add);
            return rows;
        }
    }

    private static long count(FoodOrigin origin, KForm form, ValueState state) {
        return catalog.foods().stream().filter(f -> f.origin() == origin).flatMap(f -> f.values().stream())
                .filter(v -> v.form() == form && (state == null || v.state() == state)).count();
    }

    private static KValue only(String foodId, KForm form) {
        List<KValue> values = catalog.food(foodId).orElseThrow().valuesOf(form);
        assertEquals(1, values.size(), foodId + " " + form);
        return values.get(0);
    }

    @Test
    void firstOpenBuildsTheDatabaseFile() {
        assertEquals("first start", opened.rebuildReason());
        assertTrue(Files.isRegularFile(dir.resolve(CatalogStore.FILE_NAME)));
        assertTrue(opened.buildMillis() >= 0);
    }

    @Test
    void countsAreThoseTheDataReadmesGive() {
        assertEquals(8_789, catalog.foods().stream().filter(f -> f.origin() == FoodOrigin.USDA).count());
        assertEquals(5_226, count(FoodOrigin.USDA, KForm.K1, null));
        assertEquals(1_410, count(FoodOrigin.USDA, KForm.DIHYDRO_K1, null));
        assertEquals(588, count(FoodOrigin.USDA, KForm.MK4, null));
        assertEquals(471, catalog.foods().stream().filter(f -> f.origin() == FoodOrigin.USDA)
                .flatMap(f -> f.values().stream()).filter(v -> v.state() == ValueState.ASSUMED_ZERO).count());
        List<KValue> compiled = catalog.foods().stream().filter(f -> f.origin() == FoodOrigin.COMPILED)
                .flatMap(f -> f.values().stream()).toList();
        assertEquals(230, catalog.foods().stream().filter(f -> f.origin() == FoodOrigin.COMPILED).count());
        assertEquals(892, compiled.stream().filter(v -> v.state() != ValueState.NOT_DETECTED).count());
        assertEquals(622, compiled.stream().filter(v -> v.state() == ValueState.NOT_DETECTED).count());
        assertEquals(48, compiled.stream().filter(v -> v.attribution() == k2explorer.catalog.Attribution.UNPUBLISHED
                && v.state() != ValueState.NOT_DETECTED).count(), "unpublished measured values");
        // Values the compiler merged from its own analyses and papers count as unpublished too (#23): Black tea's …
        assertEquals(58, compiled.stream().filter(v -> v.isUnpublished() && v.state() != ValueState.NOT_DETECTED)
                .count(), "measured values never ranked or totalled by default");
        assertEquals(1_433, count(FoodOrigin.CIQUAL, KForm.K1, null));
        assertEquals(32, count(FoodOrigin.CIQUAL, KForm.K2_TOTAL, null));
        assertEquals(254, count(FoodOrigin.CIQUAL, KForm.K1, ValueState.BELOW_BOUND));
    }

    @Test
    void everyFoodOfEverySourceIsInTheCatalog() throws IOException {
        List<NamedCsvRecord> usda = resource("usda-sr28/foods.csv");
        for (NamedCsvRecord r : usda) {
            Food food = catalog.food("usda:" + r.getField("ndb_no")).orElseThrow();
            assertEquals(r.getField("description"), food.name());
            assertEquals(r.getField("food_group"), food.group());
        }
        Set<String> literatureFoods = new java.util.HashSet<>();
        for (String file : List.of("k2-literature/menaquinones.csv", "k2-literature/other_values.csv")) {
            resource(file).forEach(r -> literatureFoods.add(FoodIds.literature(r.getField("source_key"),
                    r.getField("food"))));
        }
        Set<String> compiled = resource("k2-compiled/menaquinones_compiled.csv").stream()
                .map(r -> FoodIds.compiled(r.getField("food"))).collect(Collectors.toSet());
        Set<String> ciqual = resource("ciqual-2020/vitamin_k.csv").stream()
                .map(r -> FoodIds.ciqual(r.getField("ciqual_code"))).collect(Collectors.toSet());
        assertEquals(usda.size() + literatureFoods.size() + compiled.size() + ciqual.size(), catalog.foods().size());
        for (String id : literatureFoods) {
            assertTrue(catalog.food(id).isPresent(), id);
        }
    }

    @Test
    void usdaValuesCarryHowTheyWereObtained() {
        KValue kale = only("usda:11233", KForm.K1);
        assertEquals(704.8, kale.amount());
        assertEquals(1, kale.stats().samples());
        assertFalse(kale.isCalculated());
        assertEquals("A", kale.stats().derivationCode());

        assertEquals(8.6, only("usda:01009", KForm.MK4).amount());
        assertEquals(ValueState.MEASURED_ZERO, only("usda:01009", KForm.DIHYDRO_K1).state(),
                "cheddar dihydro-K1 was measured as 0");

        KValue whipped = only("usda:01002", KForm.MK4);
        assertEquals(20.9, whipped.amount());
        assertEquals(0.453, whipped.stats().standardError());
        assertEquals(19.3, whipped.stats().min());
        assertEquals(22.0, whipped.stats().max());
        assertEquals(4, whipped.stats().samples());
        assertFalse(whipped.originIds().isEmpty(), "the study behind the value is named");
        assertTrue(catalog.source(whipped.originIds().get(0)).isPresent());

        KValue natto = only("usda:16113", KForm.K1);
        assertEquals(23.1, natto.amount());
        assertTrue(natto.isCalculated(), "n = 0: calculated, not analysed");
        assertEquals("BFSN", natto.stats().derivationCode());
        assertTrue(catalog.codes().derivationCode("BFSN").orElseThrow().startsWith("Based on another form"));
    }

    @Test
    void assumedZerosStayAssumedAndNotMeasuredStaysAbsent() {
        Food assumed = catalog.foods().stream().filter(f -> f.values().stream()
                .anyMatch(v -> v.state() == ValueState.ASSUMED_ZERO)).findFirst().orElseThrow();
        KValue v = assumed.values().stream().filter(x -> x.state() == ValueState.ASSUMED_ZERO).findFirst()
                .orElseThrow();
        assertEquals("7", v.stats().sourceCode());
        assertEquals(ValueState.ASSUMED_ZERO, assumed.amount(v.form()).orElseThrow().state());
        Food kale = catalog.food("usda:11233").orElseThrow();
        assertTrue(kale.amount(KForm.MK7).isEmpty(), "MK-7 was not measured: absent, not 0");
        assertTrue(kale.amount(KForm.MK4).isEmpty());
        assertTrue(kale.totalK2().isEmpty());
        assertTrue(kale.totalK().orElseThrow().partial(), "K1 only: the total K is a lower bound");
    }

    @Test
    void compiledValuesNameTheirPapersAndNotDetectedCellsStayNotDetected() {
        KValue edam = only("k2c:edam", KForm.MK9);
        assertEquals(45.9, edam.amount());
        assertEquals(List.of("VERMEER2018"), edam.originIds());
        assertEquals(Attribution.SINGLE, edam.attribution());
        assertEquals(CompiledTable.SOURCE_ID, edam.sourceId());
        KValue edamMk7 = only("k2c:edam", KForm.MK7);
        assertEquals(ValueState.NOT_DETECTED, edamMk7.state());
        assertTrue(Double.isNaN(edamMk7.amount()), "not detected has no amount");
        FormTotal k2 = catalog.food("k2c:edam").orElseThrow().totalK2().orElseThrow();
        assertTrue(k2.notDetected().contains(KForm.MK7));
        assertTrue(k2.partial(), "no MK-11 … MK-13 columns: a lower bound");
        assertEquals(AmountRange.of(11.3 + 7.5 + 45.9), k2.amount().range(), "not detected counts as 0");

        KValue milk = only("k2c:1-fat-milk", KForm.MK4);
        assertEquals(Attribution.MERGED, milk.attribution());
        assertEquals(List.of("ELDER2006", "PALMER2021", "SCHURGERS2000"), milk.originIds());
    }

    @Test
    void dunlopRowsWhoseValuesAreNevosSaySoWhereTheyAreShown() {
        KValue aged = only("k2c:aged-gouda", KForm.MK9);
        assertEquals(List.of("DUNLOP2022"), aged.originIds());
        assertTrue(aged.note().contains("NEVO 2023") && aged.note().contains("Dutch values"), aged.note());
        assertTrue(only("k2c:roquefort", KForm.MK4).note().contains("NEVO 2023"));
        assertTrue(only("k2c:middle-aged-gouda", KForm.K1).note().contains("NEVO 2023"));
        assertTrue(only("k2c:milner-young", KForm.MK4).note().contains("which of the three Milner rows"));
        assertFalse(only("k2c:edam", KForm.MK9).note().contains("NEVO"), "Vermeer 2018 rows are not touched");
    }

    @Test
    void unpublishedValuesAreKeptButNotCountedInAmountsOrTotals() {
        Food withUnpublished = catalog.foods().stream()
                .filter(f -> f.values().stream().anyMatch(KValue::isUnpublished)).findFirst().orElseThrow();
        KValue u = withUnpublished.values().stream().filter(KValue::isUnpublished).findFirst().orElseThrow();
        assertTrue(withUnpublished.amount(u.form()).isEmpty() || withUnpublished.valuesOf(u.form()).size() > 1);
    }

    @Test
    void ciqualGivesK2TotalsAndBounds() {
        KValue goose = only("ciqual:40120", KForm.K2_TOTAL);
        assertEquals("Liver, goose, raw", catalog.food("ciqual:40120").orElseThrow().name());
        assertEquals(369, goose.amount());
        FormTotal gooseK2 = catalog.food("ciqual:40120").orElseThrow().totalK2().orElseThrow();
        assertTrue(gooseK2.partial() && gooseK2.usesK2Total(), "a K2 total is never complete");
        assertEquals(47.5, only("ciqual:12729", KForm.K2_TOTAL).amount());
        KValue soup = only("ciqual:25936", KForm.K1);
        assertEquals(ValueState.BELOW_BOUND, soup.state());
        assertEquals(new AmountRange(0, 0.8), Amount.of(soup).range(), "below 0.8, not 0.8");
    }

    @Test
    void aK2TotalIsNeverAddedToPerFormValues() {
        Food edam = catalog.food("ciqual:12729").orElseThrow();
        assertEquals(AmountRange.of(47.5), edam.totalK2().orElseThrow().amount().range());
        assertEquals(AmountRange.of(47.5 + 2.3), edam.totalK().orElseThrow().amount().range());
        assertEquals(Set.of(KForm.K1, KForm.K2_TOTAL), edam.totalK().orElseThrow().includedForms());
    }

    @Test
    void everyLiteratureValueEqualsItsSourceRow() throws IOException {
        for (NamedCsvRecord r : resource("k2-literature/menaquinones.csv")) {
            String id = FoodIds.literature(r.getField("source_key"), r.getField("food"));
            Food food = catalog.food(id).orElseThrow(() -> new AssertionError("missing " + id));
            KForm form = KForm.parse(r.getField("form")).orElseThrow();
            double expected = Double.parseDouble(r.getField("ug_per_100g"));
            assertTrue(food.valuesOf(form).stream().anyMatch(v -> v.amount() == expected
                            && v.sourceId().equals(r.getField("source_key"))),
                    () -> id + " lacks " + Messages.label(form) + " " + expected);
        }
    }

    @Test
    void nattoMk7FromEachPaperIsKeptApart() {
        assertEquals(939, mk7("lit:KAMAO2007:natto"));
        assertEquals(775, mk7("lit:TSUKAMOTO2000_JBMM:natto-regular-commercial-type"));
        assertEquals(865, mk7("lit:TSUKAMOTO2000_JHS:natto-regular-commercial-type"));
        assertEquals(1000, mk7("lit:ODS_VITK:natto"));
        Food reinforced = catalog.food("lit:TSUKAMOTO2000_JHS:natto-mk-7-reinforced-product").orElseThrow();
        assertEquals(new AmountRange(1295, 1730), reinforced.amount(KForm.MK7).orElseThrow().range(),
                "two products in one paper show as a spread, not one chosen number");
        assertNotNull(reinforced.exclusion(), "a reinforced product is left out of rankings");
    }

    @Test
    void citationsSayInPlainWordsWhatTheirSourceDoesNotGive() {
        assertEquals("NIH Office of Dietary Supplements. (no date given). Vitamin K - Fact Sheet for Health"
                + " Professionals (table of selected food sources). website",
                catalog.source("ODS_VITK").orElseThrow().citation());
        for (var source : catalog.sources()) {
            assertFalse(source.citation().contains("what I read"), source.citation());
        }
    }

    private static double mk7(String id) {
        return catalog.food(id).orElseThrow().amount(KForm.MK7).orElseThrow().low();
    }

    @Test
    void nattoFromUsdaAndThePapersIsOneFamilyNotOneNumber() {
        Food usda = catalog.food("usda:16113").orElseThrow();
        assertTrue(usda.amount(KForm.MK7).isEmpty(), "USDA natto keeps only its own values");
        List<String> family = catalog.sameFamily(usda).stream().map(Food::id).toList();
        assertTrue(family.contains("lit:KAMAO2007:natto"), family.toString());
        Food kamao = catalog.food("lit:KAMAO2007:natto").orElseThrow();
        assertEquals(usda.familyId(), kamao.familyId());
        assertTrue(kamao.amount(KForm.K1).isEmpty());
        assertTrue(kamao.portions().stream().anyMatch(p -> p.grams() == 40), "natto pack");
        assertTrue(kamao.portions().stream().anyMatch(p -> p.grams() == 175 && p.measure().equals("cup")),
                "USDA household portion carried over to the same food");
        assertEquals(175, usda.portions().get(0).grams());
        assertEquals(211, usda.nutrient(Nutrient.ENERGY).getAsDouble());
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
        Food eggs = catalog.food(FoodIds.literature("OSULLIVAN2020",
                "Egg, whole, raw - hens fed menadione-supplemented feed (12.9-45.7 mg K3/kg)")).orElseThrow();
        assertEquals(new AmountRange(46, 51), eggs.amount(KForm.MK4).orElseThrow().range());
        Set<String> kinds = eggs.values().stream().map(v -> v.kind().code()).collect(Collectors.toSet());
        assertEquals(Set.of("range_low", "range_high"), kinds);
    }

    @Test
    void everySourceIdUsedByAValueExists() {
        for (Food f : catalog.foods()) {
            for (KValue v : f.values()) {
                assertTrue(catalog.source(v.sourceId()).isPresent(), v.sourceId());
                v.originIds().forEach(id -> assertTrue(catalog.source(id).isPresent(), id));
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
    void aCatalogWithAnUnknownValueFlippedBytesWrongCountsOrCutShortIsRebuilt(@TempDir Path other) throws Exception {
        Path file = new CatalogStore(other, BundledData.load()).open(ProgressListener.NONE).file();
        for (String damage : List.of("UPDATE k_value SET evidence_level = 'X' WHERE rowid = 1",
                "UPDATE food SET origin = 'MOON' WHERE seq = 5", "DELETE FROM k_value WHERE rowid = 7",
                "UPDATE k_value SET amount = -3 WHERE rowid = 9")) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA ignore_check_constraints = ON");
                // without its snapshot (CatalogSnapshotTest) the file's tables are what is read
                s.executeUpdate("DELETE FROM snapshot");
                s.executeUpdate(damage);
            }
            OpenedCatalog repaired = new CatalogStore(other, BundledData.load()).open(ProgressListener.NONE);
            assertTrue(repaired.rebuildReason().startsWith("the existing file could not be read"), damage);
            assertEquals(catalog.counts(), repaired.catalog().counts(), damage);
        }
        byte[] bytes = Files.readAllBytes(file);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            int at = 4096 + random.nextInt(bytes.length - 4096);
            bytes[at] = (byte) ~bytes[at];
        }
        Files.write(file, bytes);
        assertEquals(catalog.counts(), new CatalogStore(other, BundledData.load()).open(ProgressListener.NONE)
                .catalog().counts(), "200 flipped bytes");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(catalog.counts(), new CatalogStore(other, BundledData.load()).open(ProgressListener.NONE)
                .catalog().counts(), "cut short");
    }

    @Test
    void aFirstStartInstallsThePackagedCatalogWhenItWasBuiltFromTheSameData(@TempDir Path other) throws Exception {
        assertNotNull(CatalogStore.class.getResource(CatalogStore.PREBUILT_RESOURCE), "mvn process-classes packages one");
        OpenedCatalog installed = new CatalogStore(other, BundledData.load()).open(ProgressListener.NONE);
        assertEquals("first start", installed.rebuildReason());
        assertEquals(catalog.counts(), installed.catalog().counts(), "the packaged catalog equals a fresh build");
        assertEquals(catalog.foods(), installed.catalog().foods());

        BundledData changed = BundledDataTest.withFile(BundledData.LIT_PORTIONS,
                "food,source_key,amount,measure,grams,portion_source_key,note\n");
        Path third = other.resolve("changed");
        OpenedCatalog built = new CatalogStore(third, changed).open(ProgressListener.NONE);
        assertEquals(changed.version().hash(), CatalogReader.dataHash(third.resolve(CatalogStore.FILE_NAME))
                .orElseThrow(), "other data: built from the files, not the packaged copy");
        assertTrue(built.catalog().food("lit:KAMAO2007:natto").orElseThrow().portions().stream()
                .noneMatch(p -> p.grams() == 40), "the changed data is what was built");
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
