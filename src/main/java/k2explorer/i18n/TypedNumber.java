package k2explorer.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A number the user typed into a field, read strictly for their locale: the locale's decimal mark, and its
 * grouping mark only where it groups whole thousands ("1,765" in English is 1765). Anything that could be meant two
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

    /** Reads {@code text} for the default formatting locale; {@code field} is the field's label for messages. */
    static TypedNumber read(String text, String field) {
        return read(text, field, Locale.getDefault(Locale.Category.FORMAT));
    }

    static TypedNumber read(String text, String field, Locale locale) {
        if (text == null || text.isBlank()) {
            return new Blank();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        String t = text.strip();
        if (Character.isSpaceChar(grouping)) {
            // Locales that group with a (narrow) no-break space: a typed ordinary space means the same.
            t = t.replaceAll("[\\s\\u00A0\\u202F]", String.valueOf(grouping));
        }
        String d = Pattern.quote(String.valueOf(decimal));
        String g = Pattern.quote(String.valueOf(grouping));
        String digitsOnly = "[+-]?(\\d+(" + d + "\\d*)?|" + d + "\\d+)";
        String grouped = "[+-]?\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d*)?";
        String plain;
        if (t.matches(digitsOnly)) {
            plain = t;
        } else if (t.matches(grouped)) {
            plain = t.replace(String.valueOf(grouping), "");
        } else if (t.matches("[+-]?[\\d.,'\\u00A0\\u202F ]*\\d[\\d.,'\\u00A0\\u202F ]*")) {
            return new Invalid(Messages.get("number.ambiguous", field, text.strip(), String.valueOf(decimal),
                    example(locale)));
        } else {
            return new Invalid(Messages.get("number.invalid", field, text.strip()));
        }
        double value = new BigDecimal(plain.replace(decimal, '.')).doubleValue();
        return Double.isFinite(value) ? new Valid(value)
                : new Invalid(Messages.get("number.invalid", field, text.strip()));
    }

    /** 1234.5 as this locale writes it, to show what a good entry looks like. */
    private static String example(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (format instanceof DecimalFormat decimalFormat) {
            decimalFormat.setMaximumFractionDigits(1);
        }
        return format.format(1234.5);
    }
}
