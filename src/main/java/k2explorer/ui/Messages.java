package k2explorer.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-visible text from the resource bundle {@code k2explorer/i18n/messages} (UTF-8), in the default locale, so
 * the app can be translated by adding {@code messages_<language>.properties}.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("k2explorer.i18n.messages");

    private Messages() {
    }

    /** The text for a key; with arguments, formatted with {@link MessageFormat} for the default locale. */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
