package k2explorer.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import k2explorer.EachLocale;
import k2explorer.TestLocale;
import k2explorer.UsLocale;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Numbers;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.WeeklyK1;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.foods.TestFoods;
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

    @EachLocale
    void totalsAddUpEachFormFromGramsAndServings() {
        PlanViewModel m = model();
        Food natto = food("natto");
        assertNull(m.add(natto, "1", UnitChoice.of(natto).get(1)), "one 40 g pack");
        assertNull(m.add(food("kale"), "50", UnitChoice.GRAMS));
        PlanTotals t = m.totalsProperty().get();
        assertEquals(375.6, t.of(KForm.MK7).lowMicrograms(), 1e-9);
        assertEquals(361.64, t.of(KForm.K1).lowMicrograms(), 1e-9);
        assertEquals(737.24, t.counted().lowMicrograms(), 1e-9);
        assertEquals(List.of("Kale, raw (Test 2020)"), t.of(KForm.MK7).notMeasuredIn(), "kale's MK-7 was not measured");
        assertTrue(t.of(KForm.MK7).partial());
        assertTrue(m.dirtyProperty().get());
    }

    @EachLocale
    void aFoodWithoutTheCountedFormsIsNamedNotCountedAsZero() {
        PlanViewModel m = model();
        m.targetProperty().set(new DailyTarget("MK-7", 100, CountedForms.MK7_ONLY));
        m.add(food("kale"), "100", UnitChoice.GRAMS);
        PlanTotals t = m.totalsProperty().get();
        assertTrue(t.counted().amount().isEmpty(), "nothing counted was measured: no amount, not 0");
        assertEquals(List.of("Kale, raw (Test 2020)"), t.counted().notMeasuredIn());
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

    @EachLocale
    void openingASavedPlanIsNotAChangeAndEditingIs() {
        PlanViewModel m = model();
        DayPlan saved = new DayPlan(7L, "Monday", LocalDate.of(2026, 11, 23), List.of(new DayPlan.Item("kale",
                "Kale, raw", 30, PlanUnit.GRAMS, null, null)));
        m.saved().setAll(saved);
        m.open(saved);
        assertFalse(m.dirtyProperty().get());
        assertEquals(saved, m.toPlan());
        m.remove(0);
        assertTrue(m.dirtyProperty().get());
        m.newPlan();
        assertNull(m.currentId());
        assertTrue(m.items().isEmpty());
    }

    @EachLocale
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

    @EachLocale
    void amountsAreTypedAndShownTheLocalesWay(Locale locale) {
        PlanViewModel m = model();
        assertNull(m.add(food("kale"), Numbers.exact(12.5), UnitChoice.GRAMS));
        assertNull(m.add(food("kale"), Numbers.shown(1250.5, 1), UnitChoice.GRAMS), "grouped as shown");
        assertEquals(List.of(12.5, 1250.5), m.items().stream().map(DayPlan.Item::amount).toList());
        String tooMuch = m.add(food("kale"), Numbers.exact(100_001), UnitChoice.GRAMS);
        assertTrue(tooMuch.contains(Numbers.shown(100_000, 0) + " g"), tooMuch);
    }

    @EachLocale
    void aPortionTheFoodDoesNotHaveIsNamedNeverSwitched(Locale locale) {
        PlanViewModel m = model();
        UnitChoice nattoPack = UnitChoice.of(food("natto")).get(1);
        String problem = m.add(food("kale"), "40", nattoPack);
        assertEquals("Kale, raw has no portion \"" + nattoPack.portionLabel()
                + "\". Choose grams or one of its own portions.", problem);
        assertTrue(m.items().isEmpty(), "nothing added in a unit the user did not choose");
        assertEquals("Choose a unit: grams or one of the food's portions.", m.add(food("kale"), "40", null));
        assertNull(m.add(food("natto"), "1", nattoPack));
    }

    @EachLocale
    void aDateFarFromTodayIsQuestioned() {
        PlanViewModel m = new PlanViewModel(() -> LocalDate.of(2026, 12, 4));
        assertEquals("", m.dateProblemProperty().get());
        m.dateProperty().set(LocalDate.of(20261, 12, 3));
        assertTrue(m.dateProblemProperty().get().contains("more than 5 years from today"),
                m.dateProblemProperty().get());
        m.dateProperty().set(LocalDate.of(2026, 12, 3));
        assertEquals("", m.dateProblemProperty().get());
        m.dateProperty().set(LocalDate.of(2016, 12, 3));
        assertFalse(m.dateProblemProperty().get().isEmpty());
    }

    @EachLocale
    void aPlanWithoutFoodsIsNoDataNotAZeroDay(Locale locale) {
        PlanViewModel m = model();
        LocalDate monday = LocalDate.of(2026, 11, 30);
        DayPlan mon = new DayPlan(1L, "Mon", monday, List.of(new DayPlan.Item("kale", "Kale, raw", 100,
                PlanUnit.GRAMS, null, null)));
        DayPlan tue = new DayPlan(2L, "Tue", monday.plusDays(1), List.of());
        m.saved().setAll(mon, tue);
        m.dateProperty().set(monday);
        WeeklyK1.Day tuesday = m.weeklyProperty().get().days().get(1);
        assertNull(tuesday.k1Micrograms(), "an empty plan is no data, not 0 µg");
        assertEquals(List.of("Tue"), tuesday.emptyPlans());
        assertTrue(m.weeklyProperty().get().spread().startsWith("1 planned day"));
        List<PlanViewModel.WeekRow> rows = m.weekRows();
        assertEquals(7, rows.size(), "every day of the week, with or without a plan");
        assertEquals(Numbers.shown(705, 0), rows.get(0).k1(), "rounded as the chart's bar (704.8)");
        assertEquals(Dates.shown(monday), rows.get(0).date());
        assertEquals("Mon", rows.get(0).plans());
        assertEquals(AmountFormat.NOT_MEASURED, rows.get(1).k1());
        assertEquals("plan without foods: no data, not 0", rows.get(1).state());
        assertEquals("no plan", rows.get(2).state());
    }

    @EachLocale
    void anotherWeekCanBeShownWithoutChangingThePlan() {
        PlanViewModel m = model();
        LocalDate monday = LocalDate.of(2026, 11, 30);
        m.saved().setAll(new DayPlan(1L, "Earlier", monday.minusWeeks(1), List.of(new DayPlan.Item("kale",
                "Kale, raw", 100, PlanUnit.GRAMS, null, null))));
        m.dateProperty().set(monday.plusDays(2));
        assertEquals(monday, m.weeklyProperty().get().monday());
        m.previousWeek();
        assertEquals(monday.minusWeeks(1), m.weeklyProperty().get().monday());
        assertEquals(AmountRange.of(704.8), m.weeklyProperty().get().days().get(0).k1Micrograms());
        assertEquals(monday.plusDays(2), m.dateProperty().get(), "the plan's date is left alone");
        m.nextWeek();
        m.nextWeek();
        assertEquals(monday.plusWeeks(1), m.weeklyProperty().get().monday());
    }
}
