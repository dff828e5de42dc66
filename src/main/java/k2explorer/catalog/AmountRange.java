package k2explorer.catalog;

/**
 * An amount that may be known only as a spread (a reported range, or several sources that disagree).
 * A single number has low == high.
 */
public record AmountRange(double low, double high) {

    public AmountRange {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low < 0 || high < low) {
            throw new IllegalArgumentException("invalid amount range " + low + "–" + high);
        }
    }

    public static AmountRange of(double value) {
        return new AmountRange(value, value);
    }

    public boolean isSpread() {
        return high > low;
    }

    /** The value sorting and ranking use: the middle of the spread. */
    public double midpoint() {
        return (low + high) / 2;
    }

    public AmountRange plus(AmountRange other) {
        return new AmountRange(low + other.low, high + other.high);
    }

    public AmountRange widenedBy(AmountRange other) {
        return new AmountRange(Math.min(low, other.low), Math.max(high, other.high));
    }

    public AmountRange times(double factor) {
        return new AmountRange(low * factor, high * factor);
    }
}
