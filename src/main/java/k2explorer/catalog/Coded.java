package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * A closed set that files and the command line write by its code: the constant's name in lower case
 * ("range_low"), the same in every language (what the window shows is its label, ui.common.EnumLabels).
 */
public interface Coded {
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose code is {@code text}, case and surrounding spaces ignored; empty for anything else. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
