package k2explorer.userdata;

import java.time.LocalDate;
import java.util.List;

/**
 * A named day of eating. Items refer to foods by their stable catalog id ("usda:11457", "lit:…", "my:…") and keep
 * the food's name, so a plan still reads sensibly if a food ever leaves the catalog.
 */
public record DayPlan(Long id, String name, LocalDate date, List<Item> items) {
    public DayPlan {
        items = List.copyOf(items);
    }

    /** One food in the plan: grams, or servings of a named portion with its weight. */
    public record Item(String foodId, String foodName, double amount, PlanUnit unit, String portionLabel,
                       Double portionGrams) {
        public Item {
            if (!Double.isFinite(amount) || amount <= 0) {
                throw new IllegalArgumentException("an amount must be more than 0: " + amount);
            }
            if (unit == PlanUnit.SERVINGS && (portionGrams == null || !(portionGrams > 0))) {
                throw new IllegalArgumentException("servings need a portion weight");
            }
        }

        public double grams() {
            return unit == PlanUnit.GRAMS ? amount : amount * portionGrams;
        }
    }
}
