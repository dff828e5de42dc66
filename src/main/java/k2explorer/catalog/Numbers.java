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

    /** Decimals shown from 1 up; below 1 two; a tiny amount keeps enough decimals for two significant digits. */
    private static final int DECIMALS = 1;
    private static final int SMALL_DECIMALS = 2;
    private static final int SIGNIFICANT = 2;
    private static final double WHOLE_FROM = 100;

    /**
     * A number as every view and file shows it (one rule, rounding half up): one decimal from 1 up, two below 1, and
     * a tiny amount above zero never rounds to "0" (0.0012 stays 0.0012). Spread ends from 100 up are whole.
     */
    public static BigDecimal shown(double value, boolean spreadEnd) {
        BigDecimal exact = BigDecimal.valueOf(value);
        if (spreadEnd && Math.abs(value) >= WHOLE_FROM) {
            return exact.setScale(0, java.math.RoundingMode.HALF_UP);
        }
        int digits = value != 0 && Math.abs(value) < 1 ? SMALL_DECIMALS : DECIMALS;
        BigDecimal rounded = exact.setScale(digits, java.math.RoundingMode.HALF_UP);
        if (value != 0 && rounded.signum() == 0) {
            rounded = exact.round(new java.math.MathContext(SIGNIFICANT, java.math.RoundingMode.HALF_UP));
        }
        return rounded.stripTrailingZeros();
    }

    /** A range as every view and file shows it (see {@link #shown(double, boolean)}); "low–high" for a spread. */
    public static String shown(AmountRange range) {
        return range.isSpread() ? shown(range.low(), true).toPlainString() + "–" + shown(range.high(), true)
                .toPlainString() : shown(range.low(), false).toPlainString();
    }

    /** A spread as "low–high", a single number as itself. */
    public static String rounded(AmountRange range, int digits) {
        return range.isSpread() ? rounded(range.low(), digits) + "–" + rounded(range.high(), digits)
                : rounded(range.low(), digits);
    }
}
