package k2explorer.mine.plans;

import java.time.LocalDate;
import java.util.List;
import k2explorer.i18n.Messages;

/**
 * A named day of eating. Items refer to foods by their stable catalog id ("usda:11457", "lit:…", "my:…") and keep
 * the food's name, so a plan still reads sensibly if a food ever leaves the catalog.
 */
public record DayPlan(Long id, String name, LocalDate date, List<Item> items) {
    /** The days a plan can be for: the week view, the date picker and every export show all of them. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final double MAX_GRAMS = 100_000;
    public static final double MAX_SERVINGS = 1_000;

    public DayPlan {
        items = List.copyOf(items);
    }

    /** Why a plan cannot be for this day, or null when it can (no date is fine). */
    public static String dateProblem(LocalDate date) {
        if (date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
            return null;
        }
        return Messages.get("rule.plan.date", date.toString(), EARLIEST.toString(), LATEST.toString());
    }

    /** Why an amount in this unit cannot be planned, or null when it can. */
    public static String amountProblem(double amount, PlanUnit unit) {
        double max = unit == PlanUnit.SERVINGS ? MAX_SERVINGS : MAX_GRAMS;
        if (Double.isFinite(amount) && amount > 0 && amount <= max) {
            return null;
        }
        return Messages.get("rule.plan.amount", k2explorer.i18n.Numbers.shown(max), Messages.label(unit));
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
