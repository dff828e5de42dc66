package k2explorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import k2explorer.UsLocale;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.KForm;
import k2explorer.catalog.ValueState;
import k2explorer.export.ValueCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Screen text and file text of amounts: the six states, tiny amounts, one rounding, numbers kept whole. */
@ExtendWith(UsLocale.class)
class AmountFormatTest {

    @Test
    void aTinyMeasuredAmountIsNeverTheTextOfAMeasuredZero() {
        Amount tiny = Amount.measured(0.0012);
        assertEquals("0.0012", AmountFormat.format(tiny));
        assertEquals("0.0012", ValueCells.amount(tiny));
        assertNotEquals(AmountFormat.format(Amount.measured(0)), AmountFormat.format(tiny));
        assertEquals("0.004", AmountFormat.format(0.004));
        assertEquals("0.0012–0.5", AmountFormat.format(new AmountRange(0.0012, 0.5)));
    }

    /** The number format is kept per thread, for the locale it was made in: another locale gets its own. */
    @Test
    void aChangedLocaleFormatsTheNewLocalesWayOnTheSameThread() {
        assertEquals("1,234.5", AmountFormat.format(1234.5));
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("1.234,5", AmountFormat.format(1234.5));
            assertEquals("0,13", AmountFormat.format(0.125));
        } finally {
            java.util.Locale.setDefault(saved);
        }
        assertEquals("1,234.5", AmountFormat.format(1234.5));
        assertEquals("12", AmountFormat.format(12.0));
    }

    @Test
    void screenAndFilesRoundHalfUpAlike() {
        for (double value : new double[] {0.125, 2.25, 4.615, 1062.05, 0.005, 12.35}) {
            assertEquals(ValueCells.amount(Amount.measured(value)), AmountFormat.format(Amount.measured(value))
                    .replace(",", ""), "same digits for " + value);
        }
        assertEquals("0.13", AmountFormat.format(0.125));
        assertEquals("2.3", AmountFormat.format(2.25));
    }

    @Test
    void sixStatesReadApartOnScreenAndInFiles() {
        Optional<Amount> none = Optional.empty();
        assertEquals("—", AmountFormat.text(none));
        assertEquals("", ValueCells.amount(none));
        assertEquals("0*", AmountFormat.format(new Amount(AmountRange.of(0), ValueState.ASSUMED_ZERO, false)));
        assertEquals("0*", ValueCells.amount(new Amount(AmountRange.of(0), ValueState.ASSUMED_ZERO, false)));
        assertEquals("n.d.", AmountFormat.format(new Amount(AmountRange.of(0), ValueState.NOT_DETECTED, false)));
        assertEquals("< 0.8", AmountFormat.format(new Amount(new AmountRange(0, 0.8), ValueState.BELOW_BOUND, false)));
        assertEquals("<0.8", ValueCells.amount(new Amount(new AmountRange(0, 0.8), ValueState.BELOW_BOUND, false)));
        assertNotEquals(AmountFormat.NOT_MEASURED, AmountFormat.notApplicable(), "n/a is not the not-measured dash");
    }

    @Test
    void aNumberAndItsUnitOnlyBreakAfterASpreadsDash() {
        String text = AmountFormat.wrappable("≥ 1,176.7–1,180 µg");
        assertFalse(text.contains(" "), "no ordinary space left: " + text);
        String afterDash = text.substring(text.indexOf('–') + 1, text.indexOf('–') + 2);
        assertEquals("\u2009", afterDash, "a thin (breaking) space after the dash");
        assertTrue(text.matches("[^\u2009]*–\u2009[^\u2009]*"), "the dash is the only place to break");
    }

    @Test
    void formsLeftOutReadCompactly() {
        assertEquals("MK-5 … MK-13", AmountFormat.forms(EnumSet.range(KForm.MK5, KForm.MK13)));
        assertEquals("dihydro-K1, MK-11 … MK-13", AmountFormat.forms(EnumSet.of(KForm.DIHYDRO_K1, KForm.MK11,
                KForm.MK12, KForm.MK13)));
    }
}
