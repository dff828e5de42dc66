package k2explorer.app;

import java.util.Locale;
import k2explorer.PinnedLocale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FoodsDivider} in de-DE. */
class FoodsDividerDeUiTest extends FoodsDivider {
    @RegisterExtension
    static final PinnedLocale GERMAN = new PinnedLocale(Locale.GERMANY);
}
