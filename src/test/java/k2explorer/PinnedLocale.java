package k2explorer;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a whole test class in one locale and restores the default after: {@code @RegisterExtension static final
 * PinnedLocale GERMAN = new PinnedLocale(Locale.GERMANY);}. {@link UsLocale} is the one for {@code @ExtendWith};
 * {@link EachLocale} runs one test in every locale.
 */
public class PinnedLocale implements BeforeAllCallback, AfterAllCallback {
    private final Locale locale;
    private Locale saved;

    public PinnedLocale(Locale locale) {
        this.locale = locale;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        saved = Locale.getDefault();
        Locale.setDefault(locale);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(saved);
    }
}
