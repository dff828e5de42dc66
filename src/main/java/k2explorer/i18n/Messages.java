package k2explorer.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-visible text from the resource bundle {@code k2explorer/i18n/messages} (UTF-8), in the default locale, so
 * the app can be translated by adding {@code messages_<language>.properties}.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("k2explorer.i18n.messages");
    private static final int MAX_QUOTED = 40;

    private Messages() {
    }

    /** The display name of a value of a closed set (a form, a verdict, a design …): key "enum.Type.NAME". */
    public static String label(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A second text for the same value, e.g. a short column label: key "enum.Type.NAME.suffix". */
    public static String label(Enum<?> value, String suffix) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name() + "." + suffix);
    }

    /** The text for a key; with arguments, formatted with {@link MessageFormat} for the default locale. */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    /**
     * Text from a file or a cell as it may be quoted in a message: at most 40 characters, and control characters
     * (a tab, a line break, ESC …) written as {@code U+001B}, so they neither break the line nor act on a terminal.
     */
    public static String clip(String text) {
        boolean cut = text.codePointCount(0, text.length()) > MAX_QUOTED;
        String head = cut ? text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED)) : text;
        StringBuilder out = new StringBuilder(head.length() + 1);
        head.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? String.format("U+%04X", c)
                : Character.toString(c)));
        return cut ? out.append('…').toString() : out.toString();
    }
}
