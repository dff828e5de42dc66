package k2explorer.ui;

import java.text.NumberFormat;
import java.util.Locale;
import k2explorer.catalog.AmountRange;

/** How amounts read on screen: locale digits, sensible precision, spreads as "low–high". */
public final class AmountFormat {
    /** Shown wherever a value was not measured. Never "0". */
    public static final String NOT_MEASURED = "—";

    private AmountFormat() {
    }

    public static String format(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault());
        f.setMaximumFractionDigits(value != 0 && Math.abs(value) < 1 ? 2 : 1);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    public static String format(AmountRange range) {
        return range.isSpread() ? format(range.low()) + "–" + format(range.high()) : format(range.low());
    }

    /** A partial sum is a lower bound of the true total: "≥ 939". */
    public static String format(AmountRange range, boolean partial) {
        return (partial ? "≥ " : "") + format(range);
    }
}
