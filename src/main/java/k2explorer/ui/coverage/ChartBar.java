package k2explorer.ui.coverage;

import k2explorer.catalog.AmountRange;
import k2explorer.i18n.Messages;

/**
 * One bar of the coverage chart: how many grams of a food reach the target, which form provides most of it,
 * whether the grams are only an upper bound (a partial sum of forms) or only a lower bound (an amount known to be
 * below a bound), the grams of one typical serving (for the marker, or -1 when the food has none) and where the numbers come from.
 */
public record ChartBar(String foodId, String label, AmountRange grams, boolean upperBound, boolean lowerBoundOnly,
                       FormGroup mainForm,
                       double servingGrams, String servingLabel, String sources) {

    /** The colour groups of the chart. */
    public enum FormGroup {
        K1,
        MK4,
        MK7,
        OTHER_MK,
        /** A K2 total whose forms the source does not name. */
        K2_TOTAL;

        public String label() {
            return Messages.label(this);
        }
    }
}
