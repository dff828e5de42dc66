package k2explorer.coverage;

import k2explorer.catalog.AmountRange;

/**
 * How much of a food reaches a daily target: a number of grams (a spread when sources differ), only a lower bound of
 * grams (an amount known only to be below a bound, or a spread that starts at zero), or no amount at all, for one of
 * three reasons kept apart: never (every counted form measured as zero or not detected), an assumed zero, or none in
 * the forms measured (other counted forms not measured). "No data" is the absence of a Reach.
 */
public record Reach(Kind kind, AmountRange grams) {

    public enum Kind {
        REACHES,
        /** More than {@code grams.low()} are needed; how many more is unknown. */
        AT_LEAST,
        /** Some counted forms were not measured and the ones measured are zero: unknown, not "never". */
        NONE_IN_FORMS_MEASURED,
        /** Zero only because the compilers assumed it (USDA source code 7): not a measurement. */
        ASSUMED_ZERO,
        /** Every counted form was measured as zero or not detected. */
        NEVER
    }

    public static final Reach NEVER = new Reach(Kind.NEVER, AmountRange.of(0));
    public static final Reach ASSUMED_ZERO = new Reach(Kind.ASSUMED_ZERO, AmountRange.of(0));
    public static final Reach NONE_IN_FORMS_MEASURED = new Reach(Kind.NONE_IN_FORMS_MEASURED, AmountRange.of(0));

    /** Some amount of the food reaches the target. */
    public boolean reaches() {
        return kind == Kind.REACHES || kind == Kind.AT_LEAST;
    }

    public Reach times(double factor) {
        return reaches() ? new Reach(kind, grams.times(factor)) : this;
    }
}
