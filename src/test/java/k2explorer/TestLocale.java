package k2explorer;

import java.util.Locale;

/** Runs a piece of a test in another locale and restores the default after. */
public final class TestLocale {
    private TestLocale() {
    }

    public static void in(Locale locale, Runnable work) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            work.run();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
