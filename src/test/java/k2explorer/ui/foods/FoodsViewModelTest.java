package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import k2explorer.EachLocale;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import org.junit.jupiter.api.BeforeEach;

/** The Foods view's state and rules, exercised without an FX toolkit. */
class FoodsViewModelTest {
    private final FoodsViewModel model = new FoodsViewModel();

    @BeforeEach
    void load() {
        model.setCatalog(TestFoods.catalog());
    }

    private List<String> visibleIds() {
        return model.visibleRows().stream().map(r -> r.food().id()).toList();
    }

    private FoodRow row(String id) {
        return model.visibleRows().stream().filter(r -> r.food().id().equals(id)).findFirst().orElseThrow();
    }

    @EachLocale
    void missingValuesSortLastAscending() {
        model.sortBy(List.of(SortKey.ascending(FoodColumn.K1)));
        assertEquals(List.of("natto", "kale", "kale2", "creme", "gouda", "egg"), visibleIds());
    }

    @EachLocale
    void missingValuesSortLastDescendingToo() {
        model.sortBy(List.of(SortKey.descending(FoodColumn.K1)));
        assertEquals(List.of("kale2", "kale", "natto", "creme", "gouda", "egg"), visibleIds());
        model.sortBy(List.of(SortKey.descending(FoodColumn.MK7)));
        assertEquals("natto", visibleIds().get(0));
    }

    @EachLocale
    void multiColumnSortBreaksTiesWithTheNextKey() {
        model.sortBy(List.of(SortKey.ascending(FoodColumn.GROUP), SortKey.descending(FoodColumn.NAME)));
        assertEquals(List.of("creme", "gouda", "egg", "natto", "kale", "kale2"), visibleIds());
    }

    @EachLocale
    void spreadsSortByTheirMiddleAndTotalsAddForms() {
        model.sortBy(List.of(SortKey.descending(FoodColumn.MK4)));
        assertEquals(List.of("egg", "gouda"), visibleIds().subList(0, 2));
        ColumnValue eggMk4 = model.value(row("egg"), FoodColumn.MK4).orElseThrow();
        assertEquals(new AmountRange(46, 51), eggMk4.amount().range());
        ColumnValue goudaK2 = model.value(row("gouda"), FoodColumn.TOTAL_K2).orElseThrow();
        assertEquals(AmountRange.of(45), goudaK2.amount().range());
        assertTrue(goudaK2.partial(), "MK-5..MK-13 other than MK-9 were not measured");
        assertEquals(AmountRange.of(40), model.value(row("gouda"), FoodColumn.OTHER_MK).orElseThrow().amount().range());
    }

    @EachLocale
    void searchMatchesWordsInAnyOrderIgnoringCaseAndAccents() {
        model.queryProperty().set("RAW kale");
        assertEquals(List.of("kale"), visibleIds());
        model.queryProperty().set("creme fraiche");
        assertEquals(List.of("creme"), visibleIds());
        model.queryProperty().set("kal");
        assertEquals(List.of("kale", "kale2"), visibleIds());
        model.queryProperty().set("ale");
        assertEquals(List.of(), visibleIds(), "words match from their start, not in the middle");
        model.queryProperty().set("vegetables boiled");
        assertEquals(List.of("kale2"), visibleIds(), "the food group is searched too");
        model.queryProperty().set("");
        assertEquals(6, visibleIds().size());
        assertEquals("Showing 6 of 6 foods", model.summaryProperty().get());
    }

    @EachLocale
    void filtersCombineWithSearch() {
        model.onlyWithK2Property().set(true);
        assertEquals(List.of("natto", "gouda", "egg"), visibleIds());
        model.groupProperty().set("Dairy");
        assertEquals(List.of("gouda"), visibleIds());
        model.groupProperty().set(null);
        model.formProperty().set(KForm.MK7);
        assertEquals(List.of("natto"), visibleIds());
        model.onlyWithK2Property().set(false);
        model.formProperty().set(KForm.K1);
        model.queryProperty().set("kale");
        assertEquals(List.of("kale", "kale2"), visibleIds());
    }

    @EachLocale
    void perServingIsPer100gTimesGramsOver100() {
        model.basisProperty().set(Basis.PER_SERVING);
        assertEquals(939 * 40 / 100.0, model.value(row("natto"), FoodColumn.MK7).orElseThrow().amount().low(),
                1e-9);
        Portion cup = row("natto").food().portions().get(1);
        model.choosePortion(row("natto"), cup);
        assertEquals(939 * 175 / 100.0, model.value(row("natto"), FoodColumn.MK7).orElseThrow().amount().low(),
                1e-9);
        assertTrue(model.value(row("kale2"), FoodColumn.K1).isEmpty(), "no portion: unknown, not zero");
    }

    @EachLocale
    void per100KcalUsesTheFoodsEnergy() {
        model.basisProperty().set(Basis.PER_100_KCAL);
        assertEquals(704.8 * 100 / 49, model.value(row("kale"), FoodColumn.K1).orElseThrow().amount().low(), 1e-9);
        assertTrue(model.value(row("kale2"), FoodColumn.K1).isEmpty(), "energy not measured");
        assertTrue(model.value(row("egg"), FoodColumn.MK4).isEmpty(), "0 kcal: no per-kcal figure");
    }

    @EachLocale
    void changingTheBasisResortsAndSignalsARefresh() {
        model.sortBy(List.of(SortKey.descending(FoodColumn.K1)));
        assertEquals("kale2", visibleIds().get(0));
        int before = model.valuesRevisionProperty().get();
        model.basisProperty().set(Basis.PER_SERVING);
        assertTrue(model.valuesRevisionProperty().get() > before);
        assertEquals(List.of("kale", "natto"), visibleIds().subList(0, 2), "kale2 has no serving: last");
    }

    @EachLocale
    void coverageColumnsFollowTheTargetAndSortWithMissingLast() {
        model.targetProperty().set(new DailyTarget("women", 90,
                CountedForms.MK7_ONLY));
        assertEquals(AmountRange.of(90 / 939.0 * 100), model.value(row("natto"), FoodColumn.GRAMS_TO_TARGET)
                .orElseThrow().reach().grams());
        assertEquals(90 / 939.0 * 100 / 40, model.value(row("natto"), FoodColumn.SERVINGS_TO_TARGET).orElseThrow()
                .reach().grams().low(), 1e-9);
        assertEquals(939 * 0.4 / 90 * 100, model.value(row("natto"), FoodColumn.PERCENT_PER_SERVING).orElseThrow()
                .amount().low(), 1e-9);
        assertTrue(model.value(row("kale"), FoodColumn.GRAMS_TO_TARGET).isEmpty(), "no MK-7: no data");
        model.sortBy(List.of(SortKey.ascending(FoodColumn.GRAMS_TO_TARGET)));
        assertEquals("natto", visibleIds().get(0));
        model.targetProperty().set(new DailyTarget("k2", 90,
                CountedForms.K2_ALL));
        assertEquals(List.of("natto", "egg", "gouda"), visibleIds().subList(0, 3));
        assertEquals(ColumnValue.Bound.AT_MOST, model.value(row("gouda"), FoodColumn.GRAMS_TO_TARGET).orElseThrow()
                .bound(), "a partial K2 sum means at most this many grams");
        model.targetProperty().set(null);
        assertTrue(model.value(row("natto"), FoodColumn.GRAMS_TO_TARGET).isEmpty());
    }

    @Test
    void rowsNamingTheSameSourcesShareOneLabel() {
        List<FoodRow> rows = FoodTable.rowsOf(TestFoods.catalog());
        FoodRow kale = rows.stream().filter(r -> r.food().id().equals("kale")).findFirst().orElseThrow();
        FoodRow gouda = rows.stream().filter(r -> r.food().id().equals("gouda")).findFirst().orElseThrow();
        assertEquals(kale.sourceLabels(), gouda.sourceLabels());
        assertTrue(kale.sourceLabels() == gouda.sourceLabels(), "one string, not a copy per row");
    }

    @EachLocale
    void aPortionMustBelongToTheFood() {
        Portion foreign = new Portion(9, 1, "slice", 30, "S");
        assertThrows(IllegalArgumentException.class, () -> model.choosePortion(row("natto"), foreign));
    }

    @EachLocale
    void selectingAHiddenFoodClearsTheFilters() {
        model.queryProperty().set("kale");
        assertTrue(model.selectFood("natto"));
        assertEquals("", model.queryProperty().get());
        assertEquals("natto", model.selectedProperty().get().food().id());
        assertFalse(model.selectFood("no-such-food"));
    }

    @EachLocale
    void rowsRebuiltAfterAMyFoodChangeKeepTheChosenPortionAndSelection() {
        FoodRow natto = row("natto");
        model.choosePortion(natto, natto.food().portions().get(1));
        model.selectedProperty().set(natto);
        model.setCatalog(TestFoods.catalog());
        FoodRow rebuilt = model.row("natto").orElseThrow();
        assertTrue(rebuilt != natto, "a new row for the same food");
        assertEquals(175, model.portion(rebuilt).grams(), "the cup chosen before, not the first portion");
        assertEquals(rebuilt, model.selectedProperty().get());
        assertEquals(Map.of("natto", 2), model.chosenPortions());
    }

    @EachLocale
    void restoringRememberedPortionsSortsOnceForAllOfThem() {
        List<Portion> two = List.of(new Portion(1, 1, "small", 10, "S"), new Portion(2, 1, "large", 100, "S"));
        model.setCatalog(new Catalog(List.of(
                TestFoods.food("a", "A", "G", List.of(TestFoods.value(KForm.K1, 1)), two, null),
                TestFoods.food("b", "B", "G", List.of(TestFoods.value(KForm.K1, 2)), two, null),
                TestFoods.food("c", "C", "G", List.of(TestFoods.value(KForm.K1, 3)), two, null)),
                List.of(TestFoods.SRC), new DataVersion("test", "abc")));
        int before = model.valuesRevisionProperty().get();
        model.restorePortions(Map.of("a", 2, "b", 2, "c", 2, "gone", 2));
        assertEquals(before + 1, model.valuesRevisionProperty().get());
        assertEquals(100, model.portion(model.row("c").orElseThrow()).grams());
    }
}
