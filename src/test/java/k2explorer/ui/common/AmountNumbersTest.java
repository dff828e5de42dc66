package k2explorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import k2explorer.EachLocale;
import k2explorer.catalog.AmountRange;
import k2explorer.i18n.Numbers;

/**
 * Amounts on screen follow the app's one number policy ({@link Numbers}): the locale's decimal mark and grouping,
 * the same text {@code Numbers.shown} writes for an ordinary value, in en-US, de-DE and fr-FR alike; only the
 * rounding of amounts (tiny amounts kept, whole spread ends from 100) is their own.
 */
class AmountNumbersTest {
    private static String localized(String plain, Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            out.append(c == ',' ? s.getGroupingSeparator() : c == '.' ? s.getDecimalSeparator() : c);
        }
        return out.toString();
    }

    @EachLocale
    void amountsAreWrittenAsNumbersAreInEveryLocale(Locale locale) {
        for (double value : new double[] {1765.54, 12345.25, 939, 4.75, 0.125, 0.5, 104.6}) {
            assertEquals(Numbers.shown(value), AmountFormat.format(value), value + " in " + locale);
        }
        assertEquals(localized("1,765.5", locale), AmountFormat.format(1765.54));
        assertEquals(localized("12,345.3", locale), AmountFormat.format(12345.25), "half up");
        assertEquals(localized("0.13", locale), AmountFormat.format(0.125));
        assertEquals(localized("0.0012", locale), AmountFormat.format(0.0012), "a tiny amount is never 0");
        assertEquals(localized("105", locale) + "–" + localized("1,250", locale),
                AmountFormat.format(new AmountRange(104.6, 1250.4)), "spread ends from 100 are whole");
        assertEquals(localized("47.5", locale) + "–" + localized("64.7", locale),
                AmountFormat.format(new AmountRange(47.5, 64.66)));
    }
}
