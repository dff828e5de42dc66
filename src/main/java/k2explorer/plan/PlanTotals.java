package k2explorer.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.userdata.DayPlan;

/**
 * What a day plan adds up to: µg of each vitamin K form, and of the forms a target counts. A food with no value
 * for a form adds nothing to that form and is named, so a total is shown as "at least" rather than as complete.
 */
public record PlanTotals(Map<KForm, Double> perForm, Map<KForm, List<String>> notMeasured, double counted,
                         List<String> countedNotMeasured, List<String> missingFoods) {

    /** The forms the plan view shows one line each for; every other menaquinone is summed as "other K2". */
    public static final List<KForm> SHOWN = List.of(KForm.K1, KForm.MK4, KForm.MK7);

    public static PlanTotals of(DayPlan plan, Catalog catalog, CountedForms countedForms) {
        Map<KForm, Double> perForm = new EnumMap<>(KForm.class);
        Map<KForm, List<String>> notMeasured = new EnumMap<>(KForm.class);
        double counted = 0;
        Set<String> countedMissing = new LinkedHashSet<>();
        List<String> missingFoods = new ArrayList<>();
        for (DayPlan.Item item : plan.items()) {
            Optional<Food> found = catalog.food(item.foodId());
            if (found.isEmpty()) {
                missingFoods.add(item.foodName());
                continue;
            }
            Food food = found.get();
            double factor = item.grams() / 100.0;
            for (KForm form : KForm.values()) {
                Optional<Double> amount = food.amount(form).map(r -> r.midpoint());
                if (amount.isPresent()) {
                    perForm.merge(form, amount.get() * factor, Double::sum);
                } else if (SHOWN.contains(form)) {
                    notMeasured.computeIfAbsent(form, k -> new ArrayList<>()).add(food.name());
                }
            }
            Optional<FormTotal> c = countedForms.per100g(food);
            if (c.isPresent()) {
                counted += c.get().amount().midpoint() * factor;
                if (c.get().partial()) {
                    countedMissing.add(food.name());
                }
            } else {
                countedMissing.add(food.name());
            }
        }
        return new PlanTotals(perForm, notMeasured, counted, List.copyOf(countedMissing), missingFoods);
    }

    public double of(KForm form) {
        return perForm.getOrDefault(form, 0.0);
    }

    /** µg of every menaquinone other than MK-4 and MK-7. */
    public double otherK2() {
        return perForm.entrySet().stream().filter(e -> e.getKey().isMenaquinone() && !SHOWN.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
