package k2explorer.app;

import java.util.Locale;
import k2explorer.PinnedLocale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The number flows of {@link LocaleFlows} in Locale.FRANCE. */
class LocaleFlowsFrUiTest extends LocaleFlows {
    @RegisterExtension
    static final PinnedLocale FRENCH = new PinnedLocale(Locale.FRANCE);
}
