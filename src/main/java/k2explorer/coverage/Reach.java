package k2explorer.coverage;

import k2explorer.catalog.AmountRange;

/**
 * How much of a food reaches a daily target: a number of grams (a spread when sources differ), only a lower bound of
 * grams (an amount known only to be below a bound, or a spread that starts at zero), or never (the counted forms were
 * measured as zero, assumed zero or not detected). "No data" is the absence of a Reach.
 */
public record Reach(Kind kind, AmountRange grams) {

    public enum Kind {
        REACHES,
        /** More than {@code grams.low()} are needed; how many more is unknown. */
        AT_LEAST,
        NEVER
    }

    public static final Reach NEVER = new Reach(Kind.NEVER, AmountRange.of(0));

    public boolean reaches() {
        return kind != Kind.NEVER;
    }

    public Reach times(double factor) {
        return kind == Kind.NEVER ? this : new Reach(kind, new AmountRange(finite(grams.low() * factor),
                finite(grams.high() * factor)));
    }

    /** A count of grams or servings too large for a double (a tiny amount) as the largest double. */
    static double finite(double grams) {
        return Double.isNaN(grams) || grams > Double.MAX_VALUE ? Double.MAX_VALUE : grams;
    }
}
