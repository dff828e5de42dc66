package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.KForm;
import k2explorer.catalog.ValueState;
import k2explorer.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A value shown in italics says on its own cell why it is in italics; an analysed value does not. */
class ItalicsExplainedTest {
    private static ColumnValue value(boolean calculated) {
        return ColumnValue.amount(new Amount(AmountRange.of(3.8), ValueState.MEASURED, calculated), false,
                Set.of(KForm.K1), Set.of());
    }

    @Test
    void aCalculatedValuesTooltipExplainsItsItalics() {
        String italic = Messages.get("cell.italic");
        assertTrue(italic.toLowerCase(java.util.Locale.ROOT).contains("italics"), italic);
        assertTrue(CellExplanation.of(value(true), Set.of()).contains(italic));
        assertFalse(CellExplanation.of(value(false), Set.of()).contains(italic));
    }
}
