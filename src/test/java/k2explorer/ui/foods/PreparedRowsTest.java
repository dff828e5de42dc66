package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Source;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What start-up prepares off the FX thread and what rows work out when first asked for (their per-100 g figures and
 * sort numbers, the food groups, the search keys) must be what the general paths give, on the whole bundled
 * catalog, after a catalog reload and with the user's own foods merged in.
 */
class PreparedRowsTest {
    @TempDir
    static Path dir;
    static Catalog catalog;

    @BeforeAll
    static void open() {
        catalog = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE).catalog();
    }

    private static List<FoodColumn> amountColumns() {
        return java.util.Arrays.stream(FoodColumn.values()).filter(FoodColumn::isAmount).toList();
    }

    /** A row's kept sort number per 100 g is its value's sort key, for rows of one food and family rows alike. */
    @Test
    void theKeptSortNumberIsTheSortKeyOfTheValueShown() {
        FoodTable table = FoodsViewModel.prepare(catalog).table();
        int compared = 0;
        for (boolean perFamily : new boolean[] {false, true}) {
            for (FoodRow row : table.rows(perFamily)) {
                for (FoodColumn column : amountColumns()) {
                    Optional<ColumnValue> value = row.value(column, Basis.PER_100G, null);
                    double expected = value.map(ColumnValue::sortKey).orElse(Double.NaN);
                    assertEquals(expected, row.per100gSortKey(column), row.key() + " " + column);
                    compared += value.isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 10_000, "the catalog has values to compare: " + compared);
    }

    /**
     * Start-up's sort reads every row's number without keeping figures in the row (ten thousand rows would hold them
     * for nothing); a number worked out that way is the one the value shown gives, and so is the one kept later.
     */
    @Test
    void aSortKeepsNoFiguresAndItsNumbersAreTheValuesShown() {
        FoodsViewModel.Prepared prepared = FoodsViewModel.prepare(catalog);
        List<FoodRow> rows = prepared.table().rows(false);
        assertEquals(rows.size(), prepared.startingOrder().size());
        assertTrue(rows.stream().noneMatch(FoodRow::keepsFigures), "the starting sort keeps no figures");
        List<FoodColumn> columns = amountColumns();
        double[][] once = new double[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                once[r][c] = rows.get(r).per100gSortKey(columns.get(c));
            }
        }
        assertTrue(rows.stream().noneMatch(FoodRow::keepsFigures), "nor do sorts by every amount column");
        int compared = 0;
        for (int r = 0; r < rows.size(); r++) {
            FoodRow row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                Optional<ColumnValue> value = row.value(columns.get(c), Basis.PER_100G, null);
                String where = row.key() + " " + columns.get(c);
                assertEquals(value.map(ColumnValue::sortKey).orElse(Double.NaN), once[r][c], where);
                assertEquals(once[r][c], row.per100gSortKey(columns.get(c)), "kept: " + where);
                compared += value.isPresent() ? 1 : 0;
            }
        }
        assertTrue(compared > 10_000, "the catalog has values to compare: " + compared);
    }

    /** Sorting through the kept numbers gives the order the values themselves give, in every amount column. */
    @Test
    void theViewModelsSortIsTheOrderOfTheValuesShown() {
        FoodsViewModel model = new FoodsViewModel();
        model.setCatalog(catalog);
        for (boolean perFamily : new boolean[] {false, true}) {
            model.oneRowPerFamilyProperty().set(perFamily);
            List<FoodRow> rows = model.table().rows(perFamily);
            for (FoodColumn column : amountColumns()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    List<SortKey> keys = List.of(new SortKey(column, ascending), SortKey.ascending(FoodColumn.NAME));
                    model.sortBy(keys);
                    List<FoodRow> general = FoodRowComparators.sorted(rows, keys,
                            (row, c) -> row.value(c, Basis.PER_100G, null), true);
                    assertEquals(general, model.visibleRows(), column + (ascending ? " ascending" : " descending"));
                }
            }
        }
    }

    /** The order prepared off the FX thread is the order a sort gives; when the view asks another, it is not used. */
    @Test
    void thePreparedStartingOrderIsTheOrderASortGivesAndOnlyUsedWhenItFits() {
        FoodsViewModel.Prepared prepared = FoodsViewModel.prepare(catalog);
        FoodsViewModel model = new FoodsViewModel();
        model.sortBy(List.of(FoodsViewModel.STARTING_ORDER));
        model.setCatalog(prepared);
        List<FoodRow> shown = List.copyOf(model.visibleRows());
        model.sortBy(List.of(SortKey.ascending(FoodColumn.NAME)));
        model.sortBy(List.of(FoodsViewModel.STARTING_ORDER));
        assertEquals(model.visibleRows(), shown, "sorted again by the view-model's own path");
        assertEquals(prepared.startingOrder(), shown);

        FoodsViewModel ranked = new FoodsViewModel();
        ranked.sortBy(List.of(FoodsViewModel.STARTING_ORDER));
        ranked.rankSpecialProductsProperty().set(true);
        ranked.setCatalog(FoodsViewModel.prepare(catalog));
        List<FoodRow> general = FoodRowComparators.sorted(ranked.table().rows(false),
                List.of(FoodsViewModel.STARTING_ORDER), (row, c) -> row.value(c, Basis.PER_100G, null), false);
        assertEquals(general, ranked.visibleRows(), "special products ranked with the others: not the prepared order");
        assertTrue(!general.equals(shown), "the catalog has special products, so the two orders differ");

        FoodsViewModel byName = new FoodsViewModel();
        byName.sortBy(List.of(SortKey.ascending(FoodColumn.NAME)));
        byName.setCatalog(FoodsViewModel.prepare(catalog));
        assertEquals(0, compareNames(byName.visibleRows()), "sorted by name");
    }

    /**
     * The starting order made off the FX thread and the view-model's sorts and cells read a row through one piece
     * (one calculation of what a cell shows), not through near-copies that could drift apart.
     */
    @Test
    void thePreparedOrderAndTheViewModelsSortsReadRowsThroughOnePiece() {
        List<Class<?>> readings = java.util.Arrays.stream(FoodsViewModel.class.getNestMembers())
                .filter(FoodRowComparators.Values.class::isAssignableFrom).toList();
        assertEquals(1, readings.size(), "ways FoodsViewModel reads a row's values: " + readings);
    }

    private static int compareNames(List<FoodRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i - 1).textKey(FoodColumn.NAME).compareTo(rows.get(i).textKey(FoodColumn.NAME)) > 0) {
                return i;
            }
        }
        return 0;
    }

    /** A row's search key holds the words of its name, sources and foods (names, groups, other names): no other. */
    @Test
    void everyRowIsSearchableByTheWordsOfItsNameSourcesAndFoods() {
        FoodTable table = FoodsViewModel.prepare(catalog).table();
        for (boolean perFamily : new boolean[] {false, true}) {
            for (FoodRow row : table.rows(perFamily)) {
                StringBuilder text = new StringBuilder(row.name()).append(' ').append(row.sourceLabels());
                for (Food f : row.foods()) {
                    text.append(' ').append(f.name()).append(' ').append(f.group()).append(' ')
                            .append(f.otherNames());
                }
                assertEquals(words(k2explorer.catalog.SearchText.normalise(text.toString())), words(row.searchKey()),
                        row.key());
            }
        }
    }

    /**
     * A row keeps the words it shares with thousands of rows (its sources, its group) apart from its own: a search
     * finds exactly the rows it found in one key of all the words, for words, their starts, words from both parts
     * and words of the neighbouring row.
     */
    @Test
    void aSearchFindsWhatOneKeyOfAllTheRowsWordsFinds() {
        FoodTable table = FoodsViewModel.prepare(catalog).table();
        int found = 0;
        int missed = 0;
        for (boolean perFamily : new boolean[] {false, true}) {
            List<FoodRow> rows = table.rows(perFamily);
            for (int i = 0; i < rows.size(); i++) {
                FoodRow row = rows.get(i);
                StringBuilder text = new StringBuilder(row.family() == null ? "" : row.name()).append(' ')
                        .append(row.sourceLabels());
                for (Food f : row.foods()) {
                    text.append(' ').append(f.name()).append(' ').append(f.group()).append(' ')
                            .append(f.otherNames());
                }
                String whole = k2explorer.catalog.SearchText.normalise(text.toString());
                List<String> mine = List.of(whole.trim().split(" "));
                List<String> next = List.of(rows.get((i + 1) % rows.size()).searchKey().trim().split(" "));
                List<String> queries = new ArrayList<>();
                for (String word : mine) {
                    queries.add(word);
                    queries.add(word.substring(0, Math.max(1, word.length() / 2)));
                    queries.add(word.substring(word.length() / 2));
                    queries.add(word.toUpperCase(java.util.Locale.ROOT));
                }
                queries.add(mine.get(0) + " " + mine.get(mine.size() - 1));
                queries.add(String.join(" ", mine));
                queries.add(next.get(next.size() - 1) + " " + mine.get(0));
                queries.add(next.get(next.size() / 2));
                queries.add("zzqx");
                for (String text1 : queries) {
                    k2explorer.catalog.SearchText.Query query = k2explorer.catalog.SearchText.Query.of(text1);
                    boolean expected = query.matches(whole);
                    assertEquals(expected, row.matches(query), row.key() + " \"" + text1 + "\"");
                    found += expected ? 1 : 0;
                    missed += expected ? 0 : 1;
                }
            }
        }
        assertTrue(found > 100_000 && missed > 20_000, found + " found, " + missed + " not");
    }

    private static java.util.Set<String> words(String key) {
        return new java.util.HashSet<>(List.of(key.trim().split(" ")));
    }

    /**
     * The status line's counts are counted once, when the table is prepared (off the FX thread), handed on with the
     * prepared table, shown by the view-model that shows the catalog, and agree with the foods.
     */
    @Test
    void theCatalogsCountsAreCountedOnceAndAgreeWithItsFoods() {
        Catalog fresh = catalog.withFoods(List.of(new Food("my:2", "Mine", "G", FoodOrigin.MY_FOOD, "mine",
                List.of(TestFoods.value(KForm.MK4, 5)), List.of(), java.util.Map.of(), List.of(), null, null, "")),
                List.of());
        FoodsViewModel.Prepared prepared = FoodsViewModel.prepare(fresh);
        k2explorer.catalog.CatalogCounts counts = prepared.counts();
        assertTrue(counts == fresh.counts(), "kept, not counted again");
        FoodsViewModel model = new FoodsViewModel();
        assertEquals(null, model.counts(), "no catalog shown yet");
        model.setCatalog(prepared);
        assertTrue(counts == model.counts(), "the counts prepared are the ones the view-model shows");
        assertEquals(catalog.foods().size() + 1, counts.foods());
        assertEquals(fresh.foods().stream().filter(Food::hasMeasuredK2).count(), counts.foodsWithK2());
        assertEquals(catalog.counts().foodsWithK2() + 1, counts.foodsWithK2());
        assertEquals(fresh.foods().stream().filter(Food::hasOnlyNotDetectedK2).count(),
                counts.foodsWithOnlyNotDetectedK2());
    }

    /** Every row is found by its key in either mode, and every food by its id, without a map of all keys. */
    @Test
    void everyRowIsFoundByItsKeyAndEveryFoodByItsId() {
        FoodTable table = FoodsViewModel.prepare(catalog).table();
        int families = 0;
        for (boolean perFamily : new boolean[] {false, true}) {
            for (FoodRow row : table.rows(perFamily)) {
                assertTrue(table.byKey(row.key()).orElseThrow() == row, row.key());
                families += row.family() != null ? 1 : 0;
            }
        }
        assertTrue(families > 100, "the catalog has family rows: " + families);
        assertTrue(table.byKey("family:no-such-family").isEmpty());
        assertTrue(table.byKey("no-such-food").isEmpty());
        for (Food food : catalog.foods()) {
            assertTrue(catalog.food(food.id()).orElseThrow() == food, food.id());
        }
        Food twin = new Food(catalog.foods().get(0).id(), "A twin", "G", FoodOrigin.MY_FOOD, "mine", List.of(),
                List.of(), java.util.Map.of(), List.of(), null, null, "");
        Catalog withTwin = catalog.withFoods(List.of(twin), List.of());
        assertTrue(withTwin.food(twin.id()).orElseThrow() == catalog.foods().get(0), "the first food of an id wins");
    }

    /** The user's own foods merged in: their group is listed, their figures are theirs, the first order has them. */
    @Test
    void aReloadWithTheUsersFoodsShowsTheirFiguresGroupsAndOrder() {
        FoodsViewModel model = new FoodsViewModel();
        model.sortBy(List.of(FoodsViewModel.STARTING_ORDER));
        model.setCatalog(FoodsViewModel.prepare(catalog));
        FoodRow richest = model.visibleRows().get(0);
        double most = richest.per100gSortKey(FoodColumn.TOTAL_K2);

        Source mine = new Source("mine", k2explorer.catalog.SourceKind.PUBLICATION, "My label", "My label.", null,
                null, null, "label", false, "");
        Food extra = new Food("my:1", "My MK-7 drops", "My own foods", FoodOrigin.MY_FOOD, "mine",
                List.of(TestFoods.value(KForm.MK7, 100_000)), List.of(), java.util.Map.of(), List.of(), null, null, "");
        Catalog merged = catalog.withFoods(List.of(extra), List.of(mine));
        FoodsViewModel.Prepared prepared = FoodsViewModel.prepare(merged);
        TreeSet<String> groups = new TreeSet<>();
        merged.foods().forEach(f -> groups.add(f.group()));
        assertEquals(new ArrayList<>(groups), prepared.groups());

        model.setCatalog(prepared);
        assertEquals(new ArrayList<>(groups), model.groups());
        assertTrue(model.groups().contains("My own foods"));
        FoodRow first = model.visibleRows().get(0);
        assertEquals("my:1", first.food().id(), "the user's food is the richest in K2 now");
        assertEquals(100_000, first.value(FoodColumn.MK7, Basis.PER_100G, null).orElseThrow().number(), 1e-9);
        assertEquals(richest.key(), model.visibleRows().get(1).key(), "the catalog's richest comes next");
        assertTrue(model.row(richest.food().id()).orElseThrow() != richest, "rows are made anew for the reload");
        assertEquals(most, model.visibleRows().get(1).per100gSortKey(FoodColumn.TOTAL_K2));

        model.setCatalog(FoodsViewModel.prepare(catalog));
        assertTrue(model.row("my:1").isEmpty(), "a removed food leaves the table");
        assertEquals(richest.key(), model.visibleRows().get(0).key());
    }

    /**
     * In "one row per family" every food is shown by the one family row that lists it, or by its own row when it has
     * no family: the table finds it from the food's family (it keeps no map of ten thousand foods for it).
     */
    @Test
    void everyFoodIsShownByItsFamilysRowOrItsOwn() {
        FoodTable table = FoodsViewModel.prepare(catalog).table();
        java.util.Map<String, FoodRow> listedBy = new java.util.HashMap<>();
        for (FoodRow row : table.rows(true)) {
            for (Food food : row.foods()) {
                assertEquals(null, listedBy.put(food.id(), row), food.id() + " is on one row only");
            }
        }
        int inFamilies = 0;
        for (FoodRow own : table.rows(false)) {
            String id = own.food().id();
            FoodRow shown = table.shownRow(id, true).orElseThrow();
            assertTrue(shown == listedBy.get(id), id + " is shown by the row that lists it");
            if (shown.family() != null) {
                inFamilies++;
                assertEquals(own.food().familyId(), shown.family().id());
                assertTrue(table.byKey(shown.key()).orElseThrow() == shown);
            } else {
                assertTrue(shown == own);
            }
            assertTrue(table.shownRow(id, false).orElseThrow() == own);
        }
        assertTrue(inFamilies > 100, "the catalog has families: " + inFamilies);
        assertTrue(table.shownRow("no such food", true).isEmpty());
    }

    /**
     * Start-up prepares the table without its family rows (it starts with one row per source) and the default view
     * does not make them; asked for early (the mode switched, a family's key), they are the rows made when prepared
     * with them, with the same figures and counts, and made once per table even when two threads ask at once.
     */
    @Test
    void familyRowsAreMadeOnlyWhenAskedForAndAreTheRowsPreparedWithThem() throws Exception {
        FoodsViewModel.Prepared prepared = FoodsViewModel.prepare(catalog);
        FoodTable table = prepared.table();
        assertFalse(table.familyRowsMade(), "prepare made the family rows");
        FoodsViewModel model = new FoodsViewModel();
        model.sortBy(List.of(FoodsViewModel.STARTING_ORDER));
        model.setCatalog(prepared);
        String member = table.rows(false).stream().filter(r -> r.food().familyId() != null).findFirst()
                .orElseThrow().food().id();
        assertTrue(model.selectFood(member) && table.byKey(member).isPresent() && model.row(member).isPresent());
        model.queryProperty().set("kale");
        model.queryProperty().set("");
        assertFalse(table.familyRowsMade(), "the default view made the family rows");

        FoodsViewModel.Prepared eager = FoodsViewModel.prepare(catalog, true);
        assertTrue(eager.table().familyRowsMade());
        FoodsViewModel shownFromStart = new FoodsViewModel();
        shownFromStart.oneRowPerFamilyProperty().set(true);
        shownFromStart.sortBy(List.of(FoodsViewModel.STARTING_ORDER));
        shownFromStart.setCatalog(eager);

        model.oneRowPerFamilyProperty().set(true);
        assertTrue(table.familyRowsMade());
        assertEquals(shownFromStart.summaryProperty().get(), model.summaryProperty().get());
        assertEquals(figures(shownFromStart.visibleRows()), figures(model.visibleRows()));
        assertEquals(shownFromStart.selectedProperty().get(), null);
        assertEquals("family:" + catalog.food(member).orElseThrow().familyId(), model.selectedProperty().get().key(),
                "the selected food is shown by its family's row");

        FoodTable fresh = FoodsViewModel.prepare(catalog).table();
        String familyKey = model.selectedProperty().get().key();
        assertEquals(figures(List.of(eager.table().byKey(familyKey).orElseThrow())),
                figures(List.of(fresh.byKey(familyKey).orElseThrow())), "a family's key asked first");
        FoodTable raced = FoodsViewModel.prepare(catalog).table();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(raced::familyRows);
            var second = two.submit(raced::familyRows);
            assertTrue(first.get() == second.get(), "made twice");
        } finally {
            two.shutdown();
        }
    }

    /** What each row shows: its key, foods, sources and every amount per 100 g. */
    private static List<String> figures(List<FoodRow> rows) {
        List<String> shown = new ArrayList<>();
        for (FoodRow row : rows) {
            StringBuilder line = new StringBuilder(row.key()).append(' ').append(row.name()).append(' ')
                    .append(row.sourceLabels()).append(' ').append(row.foods().stream().map(Food::id).toList());
            for (FoodColumn column : amountColumns()) {
                line.append(' ').append(row.value(column, Basis.PER_100G, null).map(ColumnValue::sortKey));
            }
            shown.add(line.toString());
        }
        return shown;
    }
}
