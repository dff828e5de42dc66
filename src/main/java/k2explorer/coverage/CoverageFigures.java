package k2explorer.coverage;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueDoubt;
import k2explorer.catalog.ValueState;

/**
 * Every coverage figure of one food for one target and portion, worked out in one place: the counted amount per
 * 100 g, the state it is in, the grams and servings that reach the target, the percent of the target a serving gives,
 * which counted forms were not measured and which doubts the values carry. The table, chart, Compare, detail pane,
 * plans, print and every CSV read their figures from here.
 *
 * @param food       the food the figures come from (for a family: the member chosen to stand for it)
 * @param counted    the counted amount per 100 g, or null when none of the counted forms was measured
 * @param grams      grams that reach the target, or null when not measured
 * @param serving    the household portion the per-serving figures use, or null when the food has none
 * @param servings   servings of that portion that reach the target, or null (not measured, or no portion)
 * @param percent    percent of the target one serving gives, or null (not measured, or no portion)
 * @param notMeasured counted forms with no value (published) for this food
 */
public record CoverageFigures(Food food, DailyTarget target, FormTotal counted, CountedState state, Reach grams,
                              Portion serving, Reach servings, Amount percent, Set<KForm> notMeasured,
                              Set<ValueDoubt> doubts) {
    private static final double GRAMS_PER_BASIS = Amount.BASIS_GRAMS;
    private static final double PERCENT = 100;

    public CoverageFigures {
        notMeasured = Set.copyOf(notMeasured);
        doubts = Set.copyOf(doubts);
    }

    /** The figures of a food on its own. */
    public static CoverageFigures of(Food food, DailyTarget target, Portion serving) {
        return of(food, target.counted().per100g(food), target, serving);
    }

    /** The figures of a food from its counted amount (worked out once by the caller, e.g. a table row). */
    public static CoverageFigures of(Food food, Optional<FormTotal> counted, DailyTarget target, Portion serving) {
        FormTotal total = counted.orElse(null);
        EnumSet<KForm> missing = EnumSet.noneOf(KForm.class);
        missing.addAll(target.counted().forms());
        if (total != null) {
            missing.removeAll(total.includedForms());
            if (total.usesK2Total()) {
                // A K2 total stands for the menaquinones whose forms the source does not name.
                missing.removeAll(KForm.MENAQUINONES);
            }
        }
        CountedState state = state(food, total);
        Reach grams = total == null ? null : reach(state, total.amount(), target);
        Reach servings = grams == null || serving == null ? null : grams.times(1 / serving.grams());
        Amount percent = total == null || serving == null ? null
                : total.amount().times(Amount.factorFor(serving.grams()) / target.microgramsPerDay() * PERCENT);
        return new CoverageFigures(food, target, total, state, grams, serving, servings, percent, missing,
                total == null ? Set.of() : doubts(food, total.includedForms(), target.counted().forms().size() > 1));
    }

    /** The state of a counted amount: never only when every counted form was measured as zero or not detected. */
    static CountedState state(Food food, FormTotal total) {
        if (total == null) {
            return CountedState.NOT_MEASURED;
        }
        ValueState s = total.amount().state();
        if (s == ValueState.MEASURED) {
            return total.amount().high() > 0 ? CountedState.MEASURED : CountedState.NEVER;
        }
        if (s == ValueState.BELOW_BOUND) {
            return CountedState.BELOW_BOUND;
        }
        if (total.partial()) {
            return CountedState.NONE_IN_FORMS_MEASURED;
        }
        for (KForm form : total.includedForms()) {
            if (food.amount(form).map(a -> a.state() == ValueState.ASSUMED_ZERO).orElse(false)) {
                return CountedState.ASSUMED_ZERO;
            }
        }
        return CountedState.NEVER;
    }

    private static Reach reach(CountedState state, Amount per100g, DailyTarget target) {
        double perDay = target.microgramsPerDay();
        return switch (state) {
            case NEVER -> Reach.NEVER;
            case ASSUMED_ZERO -> Reach.ASSUMED_ZERO;
            case NONE_IN_FORMS_MEASURED -> Reach.NONE_IN_FORMS_MEASURED;
            case BELOW_BOUND -> new Reach(Reach.Kind.AT_LEAST, AmountRange.of(grams(perDay, per100g.high())));
            case MEASURED -> per100g.low() > 0
                    ? new Reach(Reach.Kind.REACHES, new AmountRange(grams(perDay, per100g.high()),
                            grams(perDay, per100g.low())))
                    : new Reach(Reach.Kind.AT_LEAST, AmountRange.of(grams(perDay, per100g.high())));
            case NOT_MEASURED -> null;
        };
    }

    /** Grams that give {@code perDay} µg at {@code per100g} µg per 100 g (finite however small the amount). */
    private static double grams(double perDay, double per100g) {
        return Reach.finite(perDay / per100g * GRAMS_PER_BASIS);
    }

    /**
     * The doubts carried by the published values of the given forms. A disagreement between the compiler's totals and
     * its forms is a doubt about sums, so it flags figures of several forms only.
     */
    public static Set<ValueDoubt> doubts(Food food, Set<KForm> forms) {
        return doubts(food, forms, forms.size() > 1);
    }

    /** The doubts of the values of {@code forms}; {@code sum} when the figure adds several forms up. */
    public static Set<ValueDoubt> doubts(Food food, Set<KForm> forms, boolean sum) {
        EnumSet<ValueDoubt> doubts = EnumSet.noneOf(ValueDoubt.class);
        for (KValue v : food.values()) {
            if (forms.contains(v.form()) && !v.isUnpublished()) {
                doubts.addAll(v.doubts());
            }
        }
        if (!sum) {
            doubts.remove(ValueDoubt.TOTALS_DISAGREE);
        }
        return doubts;
    }

    /** True when the counted amount leaves out forms the target counts (the true amount may be higher). */
    public boolean partial() {
        return counted != null && counted.partial();
    }

    public boolean measured() {
        return counted != null;
    }

    /** True when the figures come from values with a known doubt. */
    public boolean doubtful() {
        return !doubts.isEmpty();
    }
}
