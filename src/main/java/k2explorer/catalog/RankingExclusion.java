package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;

/** Why a food is left out of "richest first" rankings by default (one switch brings it back). */
public enum RankingExclusion {
    FORTIFIED,
    EXPERIMENTAL,
    SPECIAL_PRODUCT,
    DRIED_HERB;

    public static Optional<RankingExclusion> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
