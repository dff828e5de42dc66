package k2explorer.coverage;

import java.util.Optional;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Food;
import k2explorer.catalog.Portion;

/**
 * How much of a food covers a daily target: shortcuts to {@link CoverageFigures}, the one calculation. Foods with no
 * value for the counted forms get no figure at all (not "infinite", not zero); foods whose counted forms were all
 * measured as zero or not detected never reach it; zeros that were assumed or cover only some counted forms say so.
 */
public final class Coverage {

    private Coverage() {
    }

    public static Optional<Reach> gramsNeeded(Food food, DailyTarget target) {
        return Optional.ofNullable(CoverageFigures.of(food, target, null).grams());
    }

    /** Servings of the chosen household portion that provide the target. */
    public static Optional<Reach> servingsNeeded(Food food, DailyTarget target, Portion serving) {
        return serving == null ? Optional.empty() : Optional.ofNullable(CoverageFigures.of(food, target, serving).servings());
    }

    /** Percent of the target one serving provides. */
    public static Optional<Amount> percentPerServing(Food food, DailyTarget target, Portion serving) {
        return serving == null ? Optional.empty() : Optional.ofNullable(CoverageFigures.of(food, target, serving).percent());
    }
}
