package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import k2explorer.EachLocale;
import k2explorer.UsLocale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.coverage.Reach;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.mine.plans.PlanUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The five states of a value stay apart in sorting (both directions), totals, coverage and plans. */
@ExtendWith(UsLocale.class)
class ValueStatesTest {
    private static KValue mk7(ValueState state, double amount) {
        return new KValue(KForm.MK7, state, amount, ValueKind.SINGLE, "S", EvidenceLevel.NUTRIENT_DATABASE,
                ValueStats.NONE, List.of(), null, "", "");
    }

    private static Food food(String id, KValue... values) {
        return new Food(id, id, "G", FoodOrigin.LITERATURE, "S", List.of(values),
                List.of(new Portion(1, 1, "portion", 50, "S")), Map.of(), List.of(), null, null, "");
    }

    private final Catalog catalog = new Catalog(List.of(
            food("missing"),
            food("assumed", mk7(ValueState.ASSUMED_ZERO, 0)),
            food("big", mk7(ValueState.MEASURED, 800)),
            food("nd", mk7(ValueState.NOT_DETECTED, Double.NaN)),
            food("zero", mk7(ValueState.MEASURED_ZERO, 0)),
            food("bound", mk7(ValueState.BELOW_BOUND, 0.8)),
            food("small", mk7(ValueState.MEASURED, 0.1))), List.of(), new DataVersion("t", "h"));
    private final FoodsViewModel model = new FoodsViewModel();

    private List<String> order() {
        return model.visibleRows().stream().map(r -> r.food().id()).toList();
    }

    private ColumnValue value(String id, FoodColumn column) {
        return model.value(model.row(id).orElseThrow(), column).orElseThrow();
    }

    @EachLocale
    void descendingPutsAmountsFirstThenBoundsNotDetectedZerosAndNotMeasuredLast() {
        model.setCatalog(catalog);
        model.sortBy(List.of(SortKey.descending(FoodColumn.MK7)));
        assertEquals(List.of("big", "small", "bound", "nd", "zero", "assumed", "missing"), order());
    }

    @EachLocale
    void ascendingReversesTheStatesButNotMeasuredStaysLast() {
        model.setCatalog(catalog);
        model.sortBy(List.of(SortKey.ascending(FoodColumn.MK7)));
        assertEquals(List.of("assumed", "zero", "nd", "bound", "small", "big", "missing"), order());
    }

    @Test
    void cellsSayWhichStateTheyAreIn() {
        model.setCatalog(catalog);
        assertEquals("0*", value("assumed", FoodColumn.MK7).text());
        assertEquals("0", value("zero", FoodColumn.MK7).text());
        assertEquals("n.d.", value("nd", FoodColumn.MK7).text());
        assertEquals("< 0.8", value("bound", FoodColumn.MK7).text());
        assertEquals("800", value("big", FoodColumn.MK7).text());
        assertTrue(model.value(model.row("missing").orElseThrow(), FoodColumn.MK7).isEmpty(), "not measured: no value");
        assertEquals("≥ 0", value("nd", FoodColumn.TOTAL_K2).text(), "other menaquinones were not measured");
    }

    @Test
    void coverageSaysNeverForZerosAndNotDetectedAndMoreThanForABound() {
        model.setCatalog(catalog);
        model.targetProperty().set(new DailyTarget("t", 80, CountedForms.MK7_ONLY));
        assertEquals(Reach.Kind.NEVER, value("zero", FoodColumn.GRAMS_TO_TARGET).reach().kind());
        assertEquals(Reach.Kind.ASSUMED_ZERO, value("assumed", FoodColumn.GRAMS_TO_TARGET).reach().kind());
        assertEquals("none (assumed)", value("assumed", FoodColumn.GRAMS_TO_TARGET).text());
        assertEquals(Reach.Kind.NEVER, value("nd", FoodColumn.GRAMS_TO_TARGET).reach().kind());
        assertEquals("never", value("zero", FoodColumn.GRAMS_TO_TARGET).text());
        assertEquals("> 10,000", value("bound", FoodColumn.GRAMS_TO_TARGET).text());
        assertEquals("10", value("big", FoodColumn.GRAMS_TO_TARGET).text());
        assertTrue(model.value(model.row("missing").orElseThrow(), FoodColumn.GRAMS_TO_TARGET).isEmpty());
        model.sortBy(List.of(SortKey.ascending(FoodColumn.GRAMS_TO_TARGET)));
        assertEquals("big", order().get(0));
        assertEquals("missing", order().get(order().size() - 1), "no data after never");
    }

    @EachLocale
    void planLinesKeepStatesAndNameTheFoodsWithoutAValue() {
        DayPlan plan = new DayPlan(null, "p", null, List.of(
                new DayPlan.Item("zero", "zero", 100, PlanUnit.GRAMS, null, 100.0),
                new DayPlan.Item("missing", "missing", 100, PlanUnit.GRAMS, null, 100.0)));
        PlanTotals totals = PlanTotals.of(plan, catalog, CountedForms.MK7_ONLY);
        assertEquals(ValueState.MEASURED_ZERO, totals.of(KForm.MK7).amount().orElseThrow().state());
        assertEquals(List.of("missing"), totals.of(KForm.MK7).notMeasuredIn());
        DayPlan onlyMissing = new DayPlan(null, "p", null, List.of(
                new DayPlan.Item("missing", "missing", 100, PlanUnit.GRAMS, null, 100.0)));
        assertTrue(PlanTotals.of(onlyMissing, catalog, CountedForms.MK7_ONLY).counted().amount().isEmpty(),
                "nothing measured is no amount, not 0");
    }
}
