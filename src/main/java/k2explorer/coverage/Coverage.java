package k2explorer.coverage;

import java.util.Optional;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Food;
import k2explorer.catalog.Portion;

/**
 * How much of a food covers a daily target. Pure arithmetic: grams = target / (µg per 100 g) × 100.
 * Foods with no measured value for the counted forms get no figure at all (not "infinite", not zero).
 */
public final class Coverage {
    private Coverage() {
    }

    /** Grams of the food that provide the target; a spread of amounts gives a spread of grams. */
    public static Optional<AmountRange> gramsNeeded(Food food, DailyTarget target) {
        return target.counted().per100g(food).map(t -> t.amount()).flatMap(a -> gramsNeeded(a, target));
    }

    /** Grams that provide the target, from the counted amount per 100 g. */
    public static Optional<AmountRange> gramsNeeded(AmountRange per100g, DailyTarget target) {
        if (per100g.low() <= 0) {
            // A measured zero can never reach the target; a spread starting at zero has no upper bound either.
            return Optional.empty();
        }
        return Optional.of(new AmountRange(target.microgramsPerDay() / per100g.high() * 100,
                target.microgramsPerDay() / per100g.low() * 100));
    }

    /** Servings of the chosen household portion that provide the target. */
    public static Optional<AmountRange> servingsNeeded(Food food, DailyTarget target, Portion serving) {
        if (serving == null) {
            return Optional.empty();
        }
        return gramsNeeded(food, target).map(g -> g.times(1 / serving.grams()));
    }

    /** Percent of the target one serving provides. */
    public static Optional<AmountRange> percentPerServing(Food food, DailyTarget target, Portion serving) {
        if (serving == null) {
            return Optional.empty();
        }
        return target.counted().per100g(food).map(t -> percentPerServing(t.amount(), target, serving));
    }

    /** Percent of the target one serving provides, from the counted amount per 100 g. */
    public static AmountRange percentPerServing(AmountRange per100g, DailyTarget target, Portion serving) {
        return per100g.times(serving.grams() / 100 / target.microgramsPerDay() * 100);
    }
}
