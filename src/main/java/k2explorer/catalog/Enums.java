package k2explorer.catalog;

import java.util.Locale;
import java.util.Optional;

/** Reads enum constants from data files, where they are written in lower case ("range_low"). */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> Optional<E> byCode(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
