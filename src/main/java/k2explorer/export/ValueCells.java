package k2explorer.export;

import java.util.Optional;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Numbers;
import k2explorer.catalog.ShownState;
import k2explorer.coverage.Reach;

/**
 * How values read in files (CSV), locale-independent: the one place file text is chosen for the six states of
 * {@link ShownState} — "12.3", "0", "0*" (assumed zero), "n.d.", "<0.8", and an empty cell for not measured (never
 * 0) — with the same rounding as the screen ({@link Numbers#shown}).
 */
public final class ValueCells {
    public static final String NEVER = "never";
    public static final String ASSUMED_NONE = "none (assumed zero)";
    public static final String NONE_IN_FORMS_MEASURED = "none in the forms measured";

    private ValueCells() {
    }

    public static String amount(Optional<Amount> amount) {
        return switch (ShownState.of(amount)) {
            case MEASURED -> Numbers.shown(amount.orElseThrow().range());
            case MEASURED_ZERO -> "0";
            case ASSUMED_ZERO -> "0*";
            case NOT_DETECTED -> "n.d.";
            case BELOW_BOUND -> "<" + Numbers.shown(amount.orElseThrow().high(), false).toPlainString();
            case NOT_MEASURED -> "";
        };
    }

    public static String amount(Amount amount) {
        return amount(Optional.ofNullable(amount));
    }

    /** Grams or servings to reach a target: "10", "8–12", ">1500", "never", …; empty when not measured. */
    public static String reach(Reach reach) {
        if (reach == null) {
            return "";
        }
        return switch (reach.kind()) {
            case NEVER -> NEVER;
            case ASSUMED_ZERO -> ASSUMED_NONE;
            case NONE_IN_FORMS_MEASURED -> NONE_IN_FORMS_MEASURED;
            case AT_LEAST -> ">" + Numbers.shown(reach.grams().low(), false).toPlainString();
            case REACHES -> Numbers.shown(reach.grams());
        };
    }
}
