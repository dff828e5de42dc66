package k2explorer.app;

import k2explorer.UsLocale;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ChoiceWidths} in en-US. */
@ExtendWith(UsLocale.class)
class ChoiceWidthsEnUiTest extends ChoiceWidths {
}
