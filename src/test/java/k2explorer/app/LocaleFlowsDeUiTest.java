package k2explorer.app;

import java.util.Locale;
import k2explorer.PinnedLocale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The number flows of {@link LocaleFlows} in Locale.GERMANY. */
class LocaleFlowsDeUiTest extends LocaleFlows {
    @RegisterExtension
    static final PinnedLocale GERMAN = new PinnedLocale(Locale.GERMANY);
}
