package k2explorer.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import k2explorer.TestLocale;
import k2explorer.UsLocale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.plan.PlanTotals;
import k2explorer.plan.WeeklyK1;
import k2explorer.ui.foods.TestFoods;
import k2explorer.userdata.DayPlan;
import k2explorer.userdata.PlanUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Building a day plan without the FX thread: amounts, totals per form, progress to the target, a week of K1. */
@ExtendWith(UsLocale.class)
class PlanViewModelTest {
    private final Catalog catalog = TestFoods.catalog();

    private PlanViewModel model() {
        PlanViewModel m = new PlanViewModel();
        m.catalogProperty().set(catalog);
        m.targetProperty().set(new DailyTarget("Women 90", 90, CountedForms.TOTAL_K));
        return m;
    }

    private Food food(String id) {
        return catalog.food(id).orElseThrow();
    }

    @Test
    void totalsAddUpEachFormFromGramsAndServings() {
        PlanViewModel m = model();
        Food natto = food("natto");
        assertNull(m.add(natto, "1", UnitChoice.of(natto).get(1)), "one 40 g pack");
        assertNull(m.add(food("kale"), "50", UnitChoice.GRAMS));
        PlanTotals t = m.totalsProperty().get();
        assertEquals(375.6, t.of(KForm.MK7).lowMicrograms(), 1e-9);
        assertEquals(361.64, t.of(KForm.K1).lowMicrograms(), 1e-9);
        assertEquals(737.24, t.counted().lowMicrograms(), 1e-9);
        assertEquals(List.of("Kale, raw"), t.of(KForm.MK7).notMeasuredIn(), "kale's MK-7 was not measured");
        assertTrue(t.of(KForm.MK7).partial());
        assertTrue(m.dirtyProperty().get());
    }

    @Test
    void aFoodWithoutTheCountedFormsIsNamedNotCountedAsZero() {
        PlanViewModel m = model();
        m.targetProperty().set(new DailyTarget("MK-7", 100, CountedForms.MK7_ONLY));
        m.add(food("kale"), "100", UnitChoice.GRAMS);
        PlanTotals t = m.totalsProperty().get();
        assertTrue(t.counted().amount().isEmpty(), "nothing counted was measured: no amount, not 0");
        assertEquals(List.of("Kale, raw"), t.counted().notMeasuredIn());
    }

    @Test
    void badAmountsAreRefusedWithAReason() {
        PlanViewModel m = model();
        for (String bad : List.of("", "0", "-5", "100001")) {
            String problem = m.add(food("kale"), bad, UnitChoice.GRAMS);
            assertTrue(problem != null && problem.startsWith("Enter an amount above 0"), bad + " -> " + problem);
        }
        for (String bad : List.of("abc", "NaN", "1e3")) {
            assertEquals("Amount: \"" + bad + "\" is not a number.", m.add(food("kale"), bad, UnitChoice.GRAMS));
        }
        assertTrue(m.add(food("kale"), "1,5", UnitChoice.GRAMS).startsWith("Amount: \"1,5\" can be read two ways"));
        assertEquals("Choose a food first.", m.add(null, "10", UnitChoice.GRAMS));
        assertTrue(m.items().isEmpty());
        assertNull(m.add(food("kale"), "1,250", UnitChoice.GRAMS), "grouping as the app shows amounts");
        assertEquals(1250, m.items().get(0).amount());
        TestLocale.in(Locale.GERMANY, () -> assertNull(m.add(food("kale"), "12,5", UnitChoice.GRAMS)));
        assertEquals(12.5, m.items().get(1).amount(), "a decimal comma where the locale writes one");
    }

    @Test
    void openingASavedPlanIsNotAChangeAndEditingIs() {
        PlanViewModel m = model();
        DayPlan saved = new DayPlan(7L, "Monday", LocalDate.of(2026, 11, 23), List.of(new DayPlan.Item("kale",
                "Kale, raw", 30, PlanUnit.GRAMS, null, null)));
        m.saved(saved, List.of(saved));
        assertFalse(m.dirtyProperty().get());
        assertEquals(saved, m.toPlan());
        m.remove(0);
        assertTrue(m.dirtyProperty().get());
        m.newPlan();
        assertNull(m.currentId());
        assertTrue(m.items().isEmpty());
    }

    @Test
    void theWeekShowsK1PerPlannedDayAndNothingForDaysWithoutAPlan() {
        PlanViewModel m = model();
        LocalDate monday = LocalDate.of(2026, 11, 23);
        DayPlan mon = new DayPlan(1L, "Mon", monday, List.of(new DayPlan.Item("kale", "Kale, raw", 100,
                PlanUnit.GRAMS, null, null)));
        DayPlan wed = new DayPlan(2L, "Wed", monday.plusDays(2), List.of(new DayPlan.Item("natto", "Natto", 1,
                PlanUnit.SERVINGS, "1 pack (40 g)", 40.0)));
        m.saved().setAll(mon, wed);
        m.dateProperty().set(monday.plusDays(4));
        WeeklyK1 week = m.weeklyProperty().get();
        assertEquals(monday, week.monday());
        assertEquals(AmountRange.of(704.8), week.days().get(0).k1Micrograms());
        assertNull(week.days().get(1).k1Micrograms(), "no plan on Tuesday: no value, not 0");
        assertEquals(9.24, week.days().get(2).k1Micrograms().low(), 1e-9);
        assertEquals("2 planned days: K1 from 9 to 705 µg a day.", week.spread());
    }
}
