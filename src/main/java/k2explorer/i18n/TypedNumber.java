package k2explorer.i18n;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@link Numbers#typed} made of a number the user typed into a field, read strictly for their locale: the
 * locale's decimal mark, and its grouping mark only where it groups whole thousands ("1,765" in English is 1765). Anything that could be meant two
 * ways ("1,5" in English, "0.5" in German) or is not a plain number (words, exponents, NaN) is rejected with a
 * message that names the field, so a shown amount copied back is never read as another one.
 */
public sealed interface TypedNumber {
    /** Nothing typed: for optional fields "not measured", never zero. */
    record Blank() implements TypedNumber {
    }

    record Valid(double number) implements TypedNumber {
    }

    record Invalid(String message) implements TypedNumber {
    }

    /** The number, empty when blank or invalid. */
    default OptionalDouble value() {
        return this instanceof Valid v ? OptionalDouble.of(v.number()) : OptionalDouble.empty();
    }

    /** Why the text is not a number, naming the field; empty when blank or valid. */
    default Optional<String> problem() {
        return this instanceof Invalid i ? Optional.of(i.message()) : Optional.empty();
    }

    default boolean isBlank() {
        return this instanceof Blank;
    }
}
