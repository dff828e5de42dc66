package k2explorer.app;

import java.util.Locale;
import k2explorer.PinnedLocale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link HoverTooltips} in de-DE. */
class HoverTooltipsDeUiTest extends HoverTooltips {
    @RegisterExtension
    static final PinnedLocale GERMAN = new PinnedLocale(Locale.GERMANY);
}
