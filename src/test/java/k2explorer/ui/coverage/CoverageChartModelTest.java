package k2explorer.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import k2explorer.EachLocale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.RankingExclusion;
import k2explorer.catalog.ValueKind;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.TestFoods;

class CoverageChartModelTest {

    @EachLocale
    void barsRunFromFewestGramsAndFoodsWithoutDataAreListed() {
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(TestFoods.catalog());
        List<FoodRow> rows = List.copyOf(foods.visibleRows());
        CoverageChartModel.Result k1 = CoverageChartModel.of(rows,
                new DailyTarget("t", 90, CountedForms.K1_ONLY), 10, Map.of("S", "Test 2020"), CoverageChartModel.Ranking.DEFAULT, foods.portions());
        assertEquals(List.of("kale2", "kale", "natto"), k1.bars().stream().map(ChartBar::foodId).toList());
        assertEquals(90 / 817.0 * 100, k1.bars().get(0).grams().low(), 1e-9);
        assertEquals(List.of("Cheese, gouda (Test 2020)", "Crème fraîche (Test 2020)", "Egg, whole (Test 2020)"),
                k1.noData(), "by name, each with its source");
        assertEquals(-1, k1.bars().get(0).servingGrams(), "no household portion: no marker");
        assertEquals(16, k1.bars().get(1).servingGrams());
        assertEquals("Test 2020", k1.bars().get(1).sources());

        CoverageChartModel.Result k2 = CoverageChartModel.of(rows,
                new DailyTarget("t", 90, CountedForms.K2_ALL), 2, Map.of(), CoverageChartModel.Ranking.DEFAULT, foods.portions());
        assertEquals(List.of("natto", "egg"), k2.bars().stream().map(ChartBar::foodId).toList(), "top 2");
        assertEquals(ChartBar.FormGroup.MK7, k2.bars().get(0).mainForm());
        assertEquals(ChartBar.FormGroup.MK4, k2.bars().get(1).mainForm());
        assertTrue(k2.bars().get(0).upperBound(), "a partial K2 sum: at most this many grams");
    }

    @EachLocale
    void noTargetNoBars() {
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(TestFoods.catalog());
        assertTrue(CoverageChartModel.of(List.copyOf(foods.visibleRows()), null, 10, Map.of(),
                CoverageChartModel.Ranking.DEFAULT, foods.portions()).bars().isEmpty());
    }

    @EachLocale
    void rankingByServingsOrdersByServingsAndListsFoodsWithoutAPortion() {
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(TestFoods.catalog());
        CoverageChartModel.Result k1 = CoverageChartModel.of(List.copyOf(foods.visibleRows()),
                new DailyTarget("t", 90, CountedForms.K1_ONLY), 10, Map.of(),
                new CoverageChartModel.Ranking(CoverageChartModel.RankBy.SERVINGS, false), foods.portions());
        assertEquals(List.of("kale", "natto"), k1.bars().stream().map(ChartBar::foodId).toList(),
                "kale: 12.8 g = 0.8 of a 16 g cup; natto: 390 g = 9.7 packs of 40 g");
        assertEquals(0.798, k1.bars().get(0).servings().low(), 0.001);
        assertEquals(List.of("Kale, cooked, boiled (S)"), k1.noServing());
    }

    @EachLocale
    void foodsLeftOutOfRankingsAreCountedAndComeBackOnRequest() {
        Food plain = TestFoods.catalog().food("natto").orElseThrow();
        Food fortified = new Food("fortified", "Natto, reinforced", "Fermented soy", FoodOrigin.LITERATURE, "S",
                List.of(KValue.measured(KForm.MK7, 1765, ValueKind.SINGLE, "S", EvidenceLevel.PRIMARY_ABSTRACT, "",
                        "")), List.of(), Map.of(), List.of(), null, RankingExclusion.FORTIFIED, "");
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(new Catalog(List.of(plain, fortified), List.of(), new DataVersion("t", "h")));
        DailyTarget mk7 = new DailyTarget("t", 90, CountedForms.MK7_ONLY);
        CoverageChartModel.Result byDefault = CoverageChartModel.of(List.copyOf(foods.visibleRows()), mk7, 10,
                Map.of(), CoverageChartModel.Ranking.DEFAULT, foods.portions());
        assertEquals(List.of("natto"), byDefault.bars().stream().map(ChartBar::foodId).toList());
        assertEquals(1, byDefault.leftOut());
        CoverageChartModel.Result all = CoverageChartModel.of(List.copyOf(foods.visibleRows()), mk7, 10, Map.of(),
                new CoverageChartModel.Ranking(CoverageChartModel.RankBy.GRAMS, true), foods.portions());
        assertEquals(List.of("fortified", "natto"), all.bars().stream().map(ChartBar::foodId).toList());
    }

    @EachLocale
    void aMeasuredZeroNeverReachesAndIsListedApartFromNoData() {
        Food zero = new Food("zero", "Zero food", "G", FoodOrigin.LITERATURE, "S",
                List.of(KValue.measured(KForm.K1, 0, ValueKind.SINGLE, "S", EvidenceLevel.PRIMARY_ABSTRACT, "", "")),
                List.of(), Map.of(), List.of(), null, null, "");
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(new Catalog(List.of(zero), List.of(), new DataVersion("t", "h")));
        CoverageChartModel.Result r = CoverageChartModel.of(List.copyOf(foods.visibleRows()),
                new DailyTarget("t", 90, CountedForms.K1_ONLY), 10, Map.of(), CoverageChartModel.Ranking.DEFAULT, foods.portions());
        assertEquals(List.of("Zero food (S)"), r.never());
        assertTrue(r.noData().isEmpty() && r.bars().isEmpty());
    }
}
