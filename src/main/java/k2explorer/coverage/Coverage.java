package k2explorer.coverage;

import java.util.Optional;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Food;
import k2explorer.catalog.Portion;

/**
 * How much of a food covers a daily target. Pure arithmetic: grams = target / (µg per 100 g) × 100.
 * Foods with no value for the counted forms get no figure at all (not "infinite", not zero); foods whose counted
 * forms are all zero or not detected never reach it.
 */
public final class Coverage {
    private static final double GRAMS_PER_BASIS = 100;
    private static final double PERCENT = 100;

    private Coverage() {
    }

    public static Optional<Reach> gramsNeeded(Food food, DailyTarget target) {
        return target.counted().per100g(food).map(t -> gramsNeeded(t.amount(), target));
    }

    /**
     * Grams that provide the target, from the counted amount per 100 g. Total for every finite amount: grams beyond
     * the largest double (an amount of 1e-320 µg) are given as that largest value, never as infinity.
     */
    public static Reach gramsNeeded(Amount per100g, DailyTarget target) {
        double perDay = target.microgramsPerDay();
        return switch (per100g.state()) {
            case ASSUMED_ZERO, MEASURED_ZERO, NOT_DETECTED -> Reach.NEVER;
            case BELOW_BOUND -> new Reach(Reach.Kind.AT_LEAST, AmountRange.of(grams(perDay, per100g.high())));
            case MEASURED -> per100g.low() > 0
                    ? new Reach(Reach.Kind.REACHES, new AmountRange(grams(perDay, per100g.high()),
                            grams(perDay, per100g.low())))
                    : new Reach(Reach.Kind.AT_LEAST, AmountRange.of(grams(perDay, per100g.high())));
        };
    }

    private static double grams(double perDay, double per100g) {
        return Reach.finite(perDay / per100g * GRAMS_PER_BASIS);
    }

    /** Servings of the chosen household portion that provide the target. */
    public static Optional<Reach> servingsNeeded(Food food, DailyTarget target, Portion serving) {
        if (serving == null) {
            return Optional.empty();
        }
        return gramsNeeded(food, target).map(g -> g.times(1 / serving.grams()));
    }

    /** Percent of the target one serving provides. */
    public static Optional<Amount> percentPerServing(Food food, DailyTarget target, Portion serving) {
        if (serving == null) {
            return Optional.empty();
        }
        return target.counted().per100g(food).map(t -> percentPerServing(t.amount(), target, serving));
    }

    /** Percent of the target one serving provides, from the counted amount per 100 g. */
    public static Amount percentPerServing(Amount per100g, DailyTarget target, Portion serving) {
        return per100g.times(serving.grams() / GRAMS_PER_BASIS / target.microgramsPerDay() * PERCENT);
    }
}
