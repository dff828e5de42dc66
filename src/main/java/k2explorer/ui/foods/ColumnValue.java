package k2explorer.ui.foods;

import java.util.Set;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.KForm;

/**
 * What one numeric cell shows: an amount on the current basis, whether it is a partial sum (some counted forms
 * not measured) and which forms it includes. Missing cells have no ColumnValue at all.
 */
public record ColumnValue(AmountRange amount, boolean partial, Set<KForm> includedForms) {

    public double sortKey() {
        return amount.midpoint();
    }
}
