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
import k2explorer.catalog.FoodNames;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;

/**
 * What a day plan adds up to: µg of each vitamin K form, of the other menaquinones, and of the forms a target counts.
 * Spreads between sources stay spreads and states stay states (a measured zero adds 0, a not-detected form adds 0 and
 * is named as such); a food with no value for a line adds nothing and is named with its sources (two "Natto" from two
 * sources are two foods), so the line reads "at least".
 */
public record PlanTotals(Map<KForm, Line> perForm, Line otherK2, Line counted, List<String> missingFoods,
                         List<ItemPart> items) {

    public PlanTotals {
        items = List.copyOf(items);
    }

    /**
     * What one item adds to the totals (the parts a printed plan shows beside them): µg of each shown form, of the
     * other menaquinones and of the counted forms, from its food's amounts per 100 g. {@code food} is null for a
     * food no longer in the catalog (it adds nothing).
     */
    public record ItemPart(DayPlan.Item item, Food food, Map<KForm, Optional<Amount>> perForm,
                           Optional<Amount> otherK2, Optional<FormTotal> countedPer100g, Optional<Amount> counted) {
        public ItemPart {
            perForm = Map.copyOf(perForm);
        }

        /** µg of a form (the K2 total whose forms its source does not name included), or empty. */
        public Optional<Amount> of(KForm form) {
            return perForm.getOrDefault(form, Optional.empty());
        }

        /** True when the counted µg leave out counted forms that were not measured. */
        public boolean countedPartial() {
            return countedPer100g.map(FormTotal::partial).orElse(false);
        }
    }

    /** The forms the plan view shows one line each for; every other menaquinone is summed as "other K2". */
    public static final List<KForm> SHOWN = List.of(KForm.K1, KForm.DIHYDRO_K1, KForm.MK4, KForm.MK7);

    /**
     * One line of the totals: the sum of what was measured (empty when nothing was), and the foods (named with their
     * sources) that added nothing because the line's forms were not (all) measured for them.
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
        List<ItemPart> parts = new ArrayList<>();
        Map<String, String> labels = FoodNames.labels(catalog);
        for (DayPlan.Item item : plan.items()) {
            Optional<Food> found = catalog.food(item.foodId());
            if (found.isEmpty()) {
                missingFoods.add(item.foodName());
                parts.add(new ItemPart(item, null, Map.of(), Optional.empty(), Optional.empty(), Optional.empty()));
                continue;
            }
            Food food = found.get();
            String named = FoodNames.withSource(food, labels);
            double factor = Amount.factorFor(item.grams());
            Map<KForm, Optional<Amount>> itemForms = new EnumMap<>(KForm.class);
            for (KForm form : SHOWN) {
                itemForms.put(form, perForm.get(form).add(named, food.amount(form)
                        .map(a -> FormTotal.single(form, a)), factor));
            }
            Optional<Amount> itemOther = other.add(named, food.otherMenaquinones(), factor);
            itemForms.put(KForm.K2_TOTAL, food.amount(KForm.K2_TOTAL).flatMap(a -> k2Total.add(named,
                    Optional.of(FormTotal.single(KForm.K2_TOTAL, a)), factor)));
            Optional<FormTotal> countedPer100g = countedForms.per100g(food);
            parts.add(new ItemPart(item, food, itemForms, itemOther, countedPer100g,
                    counted.add(named, countedPer100g, factor)));
        }
        Map<KForm, Line> lines = new EnumMap<>(KForm.class);
        perForm.forEach((form, sum) -> lines.put(form, sum.line()));
        lines.put(KForm.K2_TOTAL, k2Total.line());
        return new PlanTotals(lines, other.line(), counted.line(), missingFoods, parts);
    }

    public Line of(KForm form) {
        return perForm.getOrDefault(form, Line.NONE);
    }

    private static final class LineSum {
        private Amount sum;
        private final Set<String> notMeasured = new LinkedHashSet<>();

        /** Adds one item's part, and returns it (empty when the item's food has no value for the line). */
        Optional<Amount> add(String food, Optional<FormTotal> per100g, double factor) {
            if (per100g.isEmpty()) {
                notMeasured.add(food);
                return Optional.empty();
            }
            Amount part = per100g.get().amount().times(factor);
            sum = sum == null ? part : sum.plus(part);
            if (per100g.get().partial()) {
                notMeasured.add(food);
            }
            return Optional.of(part);
        }

        Line line() {
            return new Line(Optional.ofNullable(sum), List.copyOf(notMeasured));
        }
    }
}
