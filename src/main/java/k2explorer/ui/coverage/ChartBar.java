package k2explorer.ui.coverage;

import k2explorer.catalog.AmountRange;

/**
 * One bar of the coverage chart: how many grams of a food reach the target, which form provides most of it,
 * the grams of one typical serving (for the marker, or -1 when the food has none) and where the numbers come from.
 */
public record ChartBar(String foodId, String label, AmountRange grams, boolean upperBound, FormGroup mainForm,
                       double servingGrams, String servingLabel, String sources) {

    /** The colour groups of the chart. */
    public enum FormGroup {
        K1("K1"),
        MK4("MK-4"),
        MK7("MK-7"),
        OTHER_MK("Other MK");

        private final String label;

        FormGroup(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
