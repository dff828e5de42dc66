package k2explorer.ui.foods;

import java.util.Set;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.KForm;

/**
 * What one numeric cell shows: a number (or spread), whether it is exact or only a bound (a partial sum of forms
 * is a lower bound of the true amount, so the grams needed to reach a target are an upper bound), and which
 * forms it includes. Missing cells have no ColumnValue at all.
 */
public record ColumnValue(AmountRange amount, Bound bound, Set<KForm> includedForms) {

    /** Whether the true value may differ from the shown one, and in which direction. */
    public enum Bound {
        EXACT(""),
        AT_LEAST("≥ "),
        AT_MOST("≤ ");

        private final String prefix;

        Bound(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public ColumnValue {
        includedForms = Set.copyOf(includedForms);
    }

    public boolean partial() {
        return bound != Bound.EXACT;
    }

    public double sortKey() {
        return amount.midpoint();
    }
}
