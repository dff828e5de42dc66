package k2explorer.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The app's one number policy, two symmetric pairs:
 * <ul>
 * <li><b>Screen</b> ({@link #shown}, {@link #exact} ↔ {@link #typed}): the user's formatting locale — its decimal
 * mark, grouping, digits and minus sign. Whatever {@code shown}/{@code exact} write, {@code typed} reads back as the
 * same value; what could mean two amounts ("1,5" in English, "0.5" in German) is refused, naming the field.</li>
 * <li><b>Files and settings</b> ({@link #file} ↔ {@link #fromFile}): locale-independent, a dot decimal, no grouping, no
 * exponents, so a file or a saved setting reads the same in every language.</li>
 * </ul>
 * No other class formats or parses numbers for people or files.
 */
public final class Numbers {
    private static final Pattern FILE_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** Below this a shown amount keeps two decimals, from it one. */
    private static final double ONE = 1;
    private static final ThreadLocal<LocaleFormat> SHOWN_FORMAT = new ThreadLocal<>();
    /** Between the ends of a spread. */
    public static final String SPREAD = "–";

    private Numbers() {
    }

    /** The locale numbers on screen and in fields are written and read in. */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    // ---- screen: locale-aware, format <-> typed ----

    /** An amount as shown on screen: two decimals below 1, one from 1, grouped ("1,765.5", "1.765,5"). */
    public static String shown(double value) {
        return shown(value, value != 0 && Math.abs(value) < ONE ? 2 : 1);
    }

    /** At most {@code maxDigits} decimals (half-up), grouped, in the locale's way. */
    public static String shown(double value, int maxDigits) {
        NumberFormat f = numberFormat();
        f.setMaximumFractionDigits(maxDigits);
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /**
     * A number already rounded by its own rule (amounts: {@code AmountRounding}) with exactly its decimals, grouped,
     * in the locale's way: 1765.5 → "1,765.5", "1.765,5", "1 765,5"; 0.0012 stays "0.0012".
     */
    public static String shown(BigDecimal rounded) {
        NumberFormat f = numberFormat();
        f.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(rounded);
    }

    /**
     * The locale's number format, made once per thread and locale and set up by each caller: a table fill writes a
     * number for every cell it shows, and making a format parses the locale's pattern each time.
     */
    private static NumberFormat numberFormat() {
        Locale locale = locale();
        LocaleFormat kept = SHOWN_FORMAT.get();
        if (kept == null || !kept.locale().equals(locale)) {
            kept = new LocaleFormat(locale, NumberFormat.getNumberInstance(locale));
            SHOWN_FORMAT.set(kept);
        }
        return kept.format();
    }

    private record LocaleFormat(Locale locale, NumberFormat format) {
    }

    /**
     * A stored number put into a field to be edited: every digit kept (0.125 stays 0.125, never rounded), the
     * locale's decimal mark, no grouping, so saving untouched keeps the value exactly.
     */
    public static String exact(double value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale());
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append((char) (symbols.getZeroDigit() + (c - '0')));
            } else if (c == '.') {
                out.append(symbols.getDecimalSeparator());
            } else if (c == '-') {
                out.append(symbols.getMinusSign());
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads what the user typed in the formatting locale; {@code field} names the field in messages. */
    public static TypedNumber typed(String text, String field) {
        return typed(text, field, locale(), List.of());
    }

    /**
     * Like {@link #typed(String, String)}, and a trailing unit that matches the field ("150g", "150 g" for a
     * field in grams) is accepted; {@code units} are the unit words the field is in.
     */
    public static TypedNumber typed(String text, String field, List<String> units) {
        return typed(text, field, locale(), units);
    }

    public static TypedNumber typed(String text, String field, Locale locale) {
        return typed(text, field, locale, List.of());
    }

    public static TypedNumber typed(String text, String field, Locale locale, List<String> units) {
        if (text == null || text.isBlank()) {
            return new TypedNumber.Blank();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        String t = withoutUnit(text.strip(), units);
        if (t.isEmpty()) {
            return new TypedNumber.Invalid(Messages.get("number.invalid", field, text.strip()));
        }
        t = latinDigits(t, symbols);
        if (Character.isSpaceChar(grouping)) {
            // Locales that group with a (narrow) no-break space: a typed ordinary space means the same.
            t = t.replaceAll("[\\s\\u00A0\\u202F]", String.valueOf(grouping));
        } else if (grouping == '\u2019') {
            t = t.replace('\'', grouping);
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
        } else if (t.matches("[+-]?[\\d.,'\\u2019\\u00A0\\u202F ]*\\d[\\d.,'\\u2019\\u00A0\\u202F ]*")) {
            return new TypedNumber.Invalid(Messages.get("number.ambiguous", field, text.strip(),
                    String.valueOf(decimal), shown(1234.5, 1, locale)));
        } else {
            return new TypedNumber.Invalid(Messages.get("number.invalid", field, text.strip()));
        }
        double value = new BigDecimal(plain.replace(decimal, '.')).doubleValue();
        return Double.isFinite(value) ? new TypedNumber.Valid(value)
                : new TypedNumber.Invalid(Messages.get("number.invalid", field, text.strip()));
    }

    private static String withoutUnit(String text, List<String> units) {
        for (String unit : units) {
            if (text.length() > unit.length() && text.regionMatches(true, text.length() - unit.length(), unit, 0,
                    unit.length())) {
                String rest = text.substring(0, text.length() - unit.length()).stripTrailing();
                if (!rest.isEmpty() && Character.isDigit(rest.charAt(rest.length() - 1))) {
                    return rest;
                }
            }
        }
        return text;
    }

    /** The locale's own digits and minus sign as ASCII, so a number shown in them is read back. */
    private static String latinDigits(String text, DecimalFormatSymbols symbols) {
        char zero = symbols.getZeroDigit();
        char minus = symbols.getMinusSign();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (zero != '0' && c >= zero && c <= zero + 9) {
                out.append((char) ('0' + (c - zero)));
            } else if (c == minus || c == '\u2212') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String shown(double value, int maxDigits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        if (f instanceof DecimalFormat decimalFormat) {
            decimalFormat.setMaximumFractionDigits(maxDigits);
        }
        return f.format(value);
    }

    // ---- files and settings: locale-independent, file <-> fromFile ----

    /** Shortest plain decimal with a dot: 704.8 stays "704.8", 175.0 becomes "175". */
    public static String file(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rounded half-up to at most {@code digits} decimals, plain: 12.3456 → "12.35" for 2 digits. */
    public static String file(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * A number as files and settings write it: digits, a dot decimal, an optional sign; no grouping, exponents,
     * suffixes ("12d") or hex. Null for anything else, so a damaged value is never read as another amount.
     */
    public static Double fromFile(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!FILE_NUMBER.matcher(t).matches()) {
            return null;
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? value : null;
    }

    /**
     * A number in an imported spreadsheet file: the file form, and where the file separates with semicolons (as
     * spreadsheets do in decimal-comma languages) a decimal comma too.
     */
    public static Double fromFile(String text, char separator) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (separator == ';' && t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        return fromFile(t);
    }
}
