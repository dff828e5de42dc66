package k2explorer.catalog;

import java.math.BigDecimal;

/** Number-to-text helpers shared by data files, exports and labels (locale-independent). */
public final class Numbers {
    private Numbers() {
    }

    /** Shortest plain decimal: 704.8 stays "704.8", 175.0 becomes "175". */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
