package k2explorer.catalog;

import java.math.BigDecimal;

/**
 * The one rounding rule for amounts, shared by every view and file (locale-independent digits; the screen adds the
 * locale's marks in {@code AmountFormat}, files write them plain).
 */
public final class AmountRounding {
    private AmountRounding() {
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

}
