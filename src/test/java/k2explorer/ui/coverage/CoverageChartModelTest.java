package k2explorer.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;

class CoverageChartModelTest {

    @Test
    void barsRunFromFewestGramsAndFoodsWithoutDataAreListed() {
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(TestFoods.catalog());
        List<FoodRow> rows = List.copyOf(foods.visibleRows());
        CoverageChartModel.Result k1 = CoverageChartModel.of(rows,
                new DailyTarget("t", 90, CountedForms.K1_ONLY), 10, Map.of("S", "Test 2020"));
        assertEquals(List.of("kale2", "kale", "natto"), k1.bars().stream().map(ChartBar::foodId).toList());
        assertEquals(90 / 817.0 * 100, k1.bars().get(0).grams().low(), 1e-9);
        assertEquals(List.of("Crème fraîche", "Cheese, gouda", "Egg, whole"), k1.noData());
        assertEquals(-1, k1.bars().get(0).servingGrams(), "no household portion: no marker");
        assertEquals(16, k1.bars().get(1).servingGrams());
        assertEquals("Test 2020", k1.bars().get(1).sources());

        CoverageChartModel.Result k2 = CoverageChartModel.of(rows,
                new DailyTarget("t", 90, CountedForms.K2_ALL), 2, Map.of());
        assertEquals(List.of("natto", "egg"), k2.bars().stream().map(ChartBar::foodId).toList(), "top 2");
        assertEquals(ChartBar.FormGroup.MK7, k2.bars().get(0).mainForm());
        assertEquals(ChartBar.FormGroup.MK4, k2.bars().get(1).mainForm());
        assertTrue(k2.bars().get(0).upperBound(), "a partial K2 sum: at most this many grams");
    }

    @Test
    void noTargetNoBars() {
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(TestFoods.catalog());
        assertTrue(CoverageChartModel.of(List.copyOf(foods.visibleRows()), null, 10, Map.of()).bars().isEmpty());
    }

    @Test
    void theLogAxisStartsAtOneGram() {
        assertEquals(2, CoverageChartView.axisValue(100, true), 1e-12);
        assertEquals(0, CoverageChartView.axisValue(0.5, true));
        assertEquals(0.5, CoverageChartView.axisValue(0.5, false));
    }
}
