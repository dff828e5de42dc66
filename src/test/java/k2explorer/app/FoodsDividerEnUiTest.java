package k2explorer.app;

import k2explorer.UsLocale;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link FoodsDivider} in en-US. */
@ExtendWith(UsLocale.class)
class FoodsDividerEnUiTest extends FoodsDivider {
}
