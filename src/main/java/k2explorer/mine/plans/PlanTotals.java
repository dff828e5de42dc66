package k2explorer.mine.plans;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;

/**
 * What a day plan adds up to: µg of each vitamin K form, of the other menaquinones, and of the forms a target counts.
 * Spreads between sources stay spreads and states stay states (a measured zero adds 0, a not-detected form adds 0 and
 * is named as such); a food with no value for a line adds nothing and is named, so the line reads "at least".
 */
public record PlanTotals(Map<KForm, Line> perForm, Line otherK2, Line counted, List<String> missingFoods) {

    /** The forms the plan view shows one line each for; every other menaquinone is summed as "other K2". */
    public static final List<KForm> SHOWN = List.of(KForm.K1, KForm.DIHYDRO_K1, KForm.MK4, KForm.MK7);

    /**
     * One line of the totals: the sum of what was measured (empty when nothing was), and the foods that added
     * nothing because the line's forms were not (all) measured for them.
     */
    public record Line(Optional<Amount> amount, List<String> notMeasuredIn) {

        static final Line NONE = new Line(Optional.empty(), List.of());

        public Line {
            notMeasuredIn = List.copyOf(notMeasuredIn);
        }

        public boolean partial() {
            return !notMeasuredIn.isEmpty();
        }

        /** µg for progress bars: the low end of a spread, 0 when nothing was measured. */
        public double lowMicrograms() {
            return amount.map(Amount::low).orElse(0.0);
        }
    }

    public static PlanTotals of(DayPlan plan, Catalog catalog, CountedForms countedForms) {
        Map<KForm, LineSum> perForm = new EnumMap<>(KForm.class);
        SHOWN.forEach(f -> perForm.put(f, new LineSum()));
        // Counted in total K2 and total K, so a page that shows those totals can name it.
        LineSum k2Total = new LineSum();
        LineSum other = new LineSum();
        LineSum counted = new LineSum();
        List<String> missingFoods = new ArrayList<>();
        for (DayPlan.Item item : plan.items()) {
            Optional<Food> found = catalog.food(item.foodId());
            if (found.isEmpty()) {
                missingFoods.add(item.foodName());
                continue;
            }
            Food food = found.get();
            double factor = Amount.factorFor(item.grams());
            for (KForm form : SHOWN) {
                perForm.get(form).add(food, food.amount(form).map(a -> FormTotal.single(form, a)), factor);
            }
            other.add(food, food.otherMenaquinones(), factor);
            food.amount(KForm.K2_TOTAL).ifPresent(a -> k2Total.add(food,
                    java.util.Optional.of(FormTotal.single(KForm.K2_TOTAL, a)), factor));
            counted.add(food, countedForms.per100g(food), factor);
        }
        Map<KForm, Line> lines = new EnumMap<>(KForm.class);
        perForm.forEach((form, sum) -> lines.put(form, sum.line()));
        lines.put(KForm.K2_TOTAL, k2Total.line());
        return new PlanTotals(lines, other.line(), counted.line(), missingFoods);
    }

    public Line of(KForm form) {
        return perForm.getOrDefault(form, Line.NONE);
    }

    private static final class LineSum {
        private Amount sum;
        private final Set<String> notMeasured = new LinkedHashSet<>();

        void add(Food food, Optional<FormTotal> per100g, double factor) {
            if (per100g.isEmpty()) {
                notMeasured.add(food.name());
                return;
            }
            Amount part = per100g.get().amount().times(factor);
            sum = sum == null ? part : sum.plus(part);
            if (per100g.get().partial()) {
                notMeasured.add(food.name());
            }
        }

        Line line() {
            return new Line(Optional.ofNullable(sum), List.copyOf(notMeasured));
        }
    }
}
