package k2explorer.ui;

import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.coverage.Reach;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;

/**
 * How amounts read on screen, the same everywhere (table, detail, compare, plans, print): locale digits, sensible
 * precision, spreads as "low–high", and the five states kept apart — "12.3" measured, "0" measured zero, "0*" assumed
 * zero, "n.d." not detected, "< 0.8" below a bound, "—" not measured.
 */
public final class AmountFormat {
    /** Shown wherever a value was not measured. Never "0". */
    public static final String NOT_MEASURED = "—";
    private static final String AT_LEAST = "≥ ";
    private static final String AT_MOST = "≤ ";
    private static final double WHOLE_FROM = 100;

    private AmountFormat() {
    }

    public static String format(double value) {
        return Numbers.shown(value);
    }

    /** A spread as "low–high"; its ends from 100 up lose their decimal, so a spread fits a table column. */
    public static String format(AmountRange range) {
        return range.isSpread() ? spreadEnd(range.low()) + "–" + spreadEnd(range.high()) : format(range.low());
    }

    private static String spreadEnd(double value) {
        return value >= WHOLE_FROM ? format(Math.round(value)) : format(value);
    }

    /** One value or a sum in its state. */
    public static String format(Amount amount) {
        return switch (amount.state()) {
            case MEASURED -> format(amount.range());
            case MEASURED_ZERO -> format(0);
            case ASSUMED_ZERO -> Messages.get("amount.assumedZero", format(0));
            case NOT_DETECTED -> Messages.get("amount.notDetected");
            case BELOW_BOUND -> "< " + format(amount.high());
        };
    }

    /**
     * A partial sum is a lower bound of the true total: "≥ 939". When what was measured is all zero or below a bound,
     * the most that can be said is "≥ 0".
     */
    public static String format(Amount amount, boolean partial) {
        if (!partial) {
            return format(amount);
        }
        return AT_LEAST + switch (amount.state()) {
            case MEASURED -> format(amount.range());
            case ASSUMED_ZERO -> format(amount);
            case MEASURED_ZERO, NOT_DETECTED, BELOW_BOUND -> format(0);
        };
    }

    /** Grams or servings to reach a target: "10", "≤ 120" (partial sums need at most that much), "> 1,500", "never". */
    public static String format(Reach reach, boolean partial) {
        return switch (reach.kind()) {
            case NEVER -> Messages.get("amount.never");
            case AT_LEAST -> "> " + format(reach.grams().low());
            case REACHES -> (partial ? AT_MOST : "") + format(reach.grams());
        };
    }

    /** What a state means, for a tooltip next to the value. */
    public static String explain(Amount amount) {
        return amount.state().label() + (amount.calculated() ? " · " + Messages.get("amount.calculated") : "");
    }
}
