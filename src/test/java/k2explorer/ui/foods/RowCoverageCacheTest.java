package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.DailyTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coverage figures kept per row: reused by a sort, worked out again when what they depend on changes. No FX. */
class RowCoverageCacheTest {
    private static final DailyTarget MK7_90 = new DailyTarget("women", 90, CountedForms.MK7_ONLY);
    private final FoodsViewModel model = new FoodsViewModel();

    @BeforeEach
    void load() {
        model.setCatalog(TestFoods.catalog());
        model.targetProperty().set(MK7_90);
    }

    private FoodRow natto() {
        return model.row("natto").orElseThrow();
    }

    private double grams(FoodRow row) {
        return model.value(row, FoodColumn.GRAMS_TO_TARGET).orElseThrow().reach().grams().low();
    }

    @Test
    void aSortByACoverageColumnReusesTheFiguresTheCellsShow() {
        CoverageFigures before = model.coverage(natto(), MK7_90);
        model.sortBy(List.of(SortKey.ascending(FoodColumn.GRAMS_TO_TARGET)));
        model.sortBy(List.of(SortKey.descending(FoodColumn.GRAMS_TO_TARGET)));
        assertSame(before, model.coverage(natto(), MK7_90), "the same figures, not worked out again per sort");
        assertEquals(RowCoverage.figures(natto(), MK7_90, model.portion(natto())), before,
                "the one calculation's figures");
    }

    @Test
    void aNewTargetAmountGivesNewFigures() {
        assertEquals(90 / 939.0 * 100, grams(natto()), 1e-9);
        model.targetProperty().set(new DailyTarget("men", 180, CountedForms.MK7_ONLY));
        assertEquals(180 / 939.0 * 100, grams(natto()), 1e-9);
        model.sortBy(List.of(SortKey.ascending(FoodColumn.GRAMS_TO_TARGET)));
        assertEquals(180 / 939.0 * 100, model.coverage(natto(), model.targetProperty().get()).grams().grams().low(),
                1e-9);
    }

    @Test
    void otherCountedFormsGiveNewFigures() {
        CoverageFigures mk7 = model.coverage(natto(), MK7_90);
        DailyTarget allK2 = new DailyTarget("women", 90, CountedForms.K2_ALL);
        model.targetProperty().set(allK2);
        CoverageFigures k2 = model.coverage(natto(), allK2);
        assertEquals(allK2, k2.target());
        assertEquals(RowCoverage.figures(natto(), allK2, model.portion(natto())), k2);
        assertNotSame(mk7, k2);
    }

    @Test
    void anotherPortionGivesNewServingFigures() {
        FoodRow natto = natto();
        double servingsBefore = model.value(natto, FoodColumn.SERVINGS_TO_TARGET).orElseThrow().reach().grams().low();
        model.choosePortion(natto, natto.food().portions().get(1));
        double servingsAfter = model.value(natto, FoodColumn.SERVINGS_TO_TARGET).orElseThrow().reach().grams().low();
        assertEquals(90 / 939.0 * 100 / 175, servingsAfter, 1e-9);
        assertEquals(servingsBefore * 40 / 175, servingsAfter, 1e-9);
    }

    @Test
    void aNewCatalogGivesNewFigures() {
        CoverageFigures before = model.coverage(natto(), MK7_90);
        model.setCatalog(TestFoods.catalog());
        CoverageFigures after = model.coverage(natto(), MK7_90);
        assertNotSame(before, after);
        assertSame(natto().food(), after.food(), "figures of the rebuilt row's food");
    }

    @Test
    void theCacheKeepsOneEntryPerRowAndEmptiesOnATargetChange() {
        RowCoverageCache cache = new RowCoverageCache();
        model.allRows().forEach(r -> cache.figures(r, MK7_90, model.portion(r)));
        model.allRows().forEach(r -> cache.figures(r, MK7_90, model.portion(r)));
        assertEquals(model.allRows().size(), cache.size());
        cache.figures(natto(), new DailyTarget("x", 50, CountedForms.MK7_ONLY), null);
        assertEquals(1, cache.size());
        cache.clear();
        assertEquals(0, cache.size());
    }
}
