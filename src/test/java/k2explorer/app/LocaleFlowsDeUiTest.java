package k2explorer.app;

import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The number flows of {@link LocaleFlows} in Locale.GERMANY. */
@ExtendWith(ApplicationExtension.class)
class LocaleFlowsDeUiTest extends LocaleFlows {
    @Start
    void start(Stage stage) {
        startIn(Locale.GERMANY, stage);
    }
}
