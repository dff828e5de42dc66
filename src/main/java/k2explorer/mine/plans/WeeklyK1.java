package k2explorer.mine.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;

/**
 * K1 per day across the saved plans of one week, to help keep intake steady (information only). A day with no
 * dated plan has no value, never zero; nor has a day whose plans have no foods (a plan with no foods is no data).
 */
public record WeeklyK1(LocalDate monday, List<Day> days) {

    /**
     * One day: K1 of its plans with foods (a spread where sources differ; null when it has none), their names, and
     * the names of its plans without foods (counted as nothing, not as 0 µg).
     */
    public record Day(LocalDate date, AmountRange k1Micrograms, List<String> plans, boolean partial,
                      List<String> emptyPlans) {
    }

    public static WeeklyK1 of(List<DayPlan> plans, Catalog catalog, LocalDate anyDayOfWeek) {
        LocalDate monday = anyDayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            AmountRange sum = AmountRange.of(0);
            boolean partial = false;
            List<String> names = new ArrayList<>();
            List<String> empty = new ArrayList<>();
            for (DayPlan plan : plans) {
                if (date.equals(plan.date()) && plan.items().isEmpty()) {
                    empty.add(plan.name());
                } else if (date.equals(plan.date())) {
                    PlanTotals totals = PlanTotals.of(plan, catalog, CountedForms.K1_ONLY);
                    PlanTotals.Line k1 = totals.of(KForm.K1);
                    sum = sum.plus(k1.amount().map(Amount::range).orElse(AmountRange.of(0)));
                    partial |= k1.partial() || !totals.missingFoods().isEmpty();
                    names.add(plan.name());
                }
            }
            days.add(new Day(date, names.isEmpty() ? null : sum, names, partial, empty));
        }
        return new WeeklyK1(monday, days);
    }

    /** The smallest and largest daily K1 of the week's planned days, to show how steady it is. */
    public String spread() {
        List<AmountRange> values = days.stream().map(Day::k1Micrograms).filter(v -> v != null).toList();
        if (values.isEmpty()) {
            return Messages.get("week.none");
        }
        double min = values.stream().mapToDouble(AmountRange::low).min().orElse(0);
        double max = values.stream().mapToDouble(AmountRange::high).max().orElse(0);
        return Messages.get(values.size() == 1 ? "week.spread.one" : "week.spread", values.size(),
                Numbers.shown(min, 0), Numbers.shown(max, 0));
    }
}
