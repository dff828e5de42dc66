package k2explorer;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class with US number formatting (tests compare formatted text) and restores the default after. */
public final class UsLocale implements BeforeAllCallback, AfterAllCallback {
    private Locale saved;

    @Override
    public void beforeAll(ExtensionContext context) {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(saved);
    }
}
