package k2explorer.catalog;

import java.math.BigDecimal;

/** Number-to-text helpers shared by data files, exports and labels (locale-independent). */
public final class Numbers {
    private Numbers() {
    }

    /**
     * A number as a person types it in a field: digits with a dot or a comma as decimal mark, optional sign; null
     * for anything else (blank, words, NaN, exponents), so a typo is never read as a different amount.
     */
    public static Double typed(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace(',', '.');
        return t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") ? Double.valueOf(t) : null;
    }

    /** Shortest plain decimal: 704.8 stays "704.8", 175.0 becomes "175". */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rounded to at most {@code digits} decimals, plain: 12.3456 → "12.35" for 2 digits. */
    public static String rounded(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** A spread as "low–high", a single number as itself. */
    public static String rounded(AmountRange range, int digits) {
        return range.isSpread() ? rounded(range.low(), digits) + "–" + rounded(range.high(), digits)
                : rounded(range.low(), digits);
    }
}
