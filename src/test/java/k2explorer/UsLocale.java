package k2explorer;

import java.util.Locale;

/** Runs a test class with US number formatting (tests compare formatted text) and restores the default after. */
public final class UsLocale extends PinnedLocale {
    public UsLocale() {
        super(Locale.US);
    }
}
