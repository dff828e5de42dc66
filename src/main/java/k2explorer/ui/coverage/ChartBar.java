package k2explorer.ui.coverage;

import java.util.Set;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.ValueDoubt;
import k2explorer.coverage.CoverageFigures;
import k2explorer.i18n.Messages;

/**
 * One bar of the coverage chart: how many grams of a food reach the target, which form provides most of it,
 * whether the grams are only an upper bound (a partial sum of forms) or only a lower bound (an amount known to be
 * below a bound), the grams of one typical serving (for the marker, or -1 when the food has none) and where the numbers come from.
 * {@code figures} are the one calculation the bar is drawn from (the printed chart's table reads them too).
 */
public record ChartBar(String foodId, String label, AmountRange grams, boolean upperBound, boolean lowerBoundOnly,
                       FormGroup mainForm,
                       double servingGrams, String servingLabel, String sources, Set<ValueDoubt> doubts,
                       CoverageFigures figures) {

    public ChartBar {
        doubts = Set.copyOf(doubts);
    }

    /** Drawn from values with a known doubt: flagged on the bar and in its tooltip. */
    public boolean doubtful() {
        return !doubts.isEmpty();
    }

    /** Servings of the household portion that reach the target; 0–0 when the food has no portion. */
    public AmountRange servings() {
        return servingGrams > 0 ? grams.times(1 / servingGrams) : AmountRange.of(0);
    }

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
