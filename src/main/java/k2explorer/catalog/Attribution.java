package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;

/** How a compiled value relates to the papers it is credited to. */
public enum Attribution {
    /** From one paper. */
    SINGLE,
    /** The compiler combined several papers into one number without saying how. */
    MERGED,
    /** The compiler's own analyses, not peer-reviewed: kept out of rankings and totals by default. */
    UNPUBLISHED;

    public static Optional<Attribution> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "single" -> Optional.of(SINGLE);
            case "merged" -> Optional.of(MERGED);
            case "own_unpublished", "unpublished" -> Optional.of(UNPUBLISHED);
            default -> Optional.empty();
        };
    }
}
