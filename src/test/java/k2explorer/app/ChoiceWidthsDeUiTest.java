package k2explorer.app;

import java.util.Locale;
import k2explorer.PinnedLocale;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ChoiceWidths} in de-DE. */
class ChoiceWidthsDeUiTest extends ChoiceWidths {
    @RegisterExtension
    static final PinnedLocale GERMAN = new PinnedLocale(Locale.GERMANY);
}
