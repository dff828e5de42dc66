package k2explorer.mine.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import k2explorer.UsLocale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foods a total could not count are named with their sources, as every food outside the Foods table is. */
@ExtendWith(UsLocale.class)
class PlanTotalsTest {
    private final Catalog catalog = TestFoods.familyCatalog();

    @Test
    void twoLookAlikeFoodsWithoutAFormAreNamedApartWithTheirSources() {
        DayPlan plan = new DayPlan(null, "Natto twice", null, List.of(
                new DayPlan.Item("usda:natto", "Natto", 40, PlanUnit.GRAMS, null, null),
                new DayPlan.Item("lit:natto", "Natto", 40, PlanUnit.GRAMS, null, null),
                new DayPlan.Item("gone", "Gone food", 10, PlanUnit.GRAMS, null, null)));
        PlanTotals totals = PlanTotals.of(plan, catalog, CountedForms.MK7_ONLY);
        List<String> named = List.of("Natto (USDA SR)", "Natto (Test 2020)");
        assertEquals(named, totals.of(KForm.MK4).notMeasuredIn(), "neither source measured MK-4");
        assertEquals(List.of("Natto (USDA SR)"), totals.of(KForm.MK7).notMeasuredIn());
        assertEquals(List.of("Natto (USDA SR)"), totals.counted().notMeasuredIn());
        assertTrue(totals.otherK2().notMeasuredIn().containsAll(named), totals.otherK2().notMeasuredIn().toString());
        assertEquals(List.of("Gone food"), totals.missingFoods(), "not in the catalog: its name as the plan kept it");
    }
}
