package k2explorer.app;

import java.util.Locale;
import k2explorer.PinnedLocale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The number flows of {@link LocaleFlows} in Locale.US. */
class LocaleFlowsEnUiTest extends LocaleFlows {
    @RegisterExtension
    static final PinnedLocale AMERICAN = new PinnedLocale(Locale.US);
}
