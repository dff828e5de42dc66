package k2explorer.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a fresh data folder and waits until the catalog is shown. */
abstract class AppWindowTest {
    @TempDir
    static Path dataDir;

    protected MainWindow window;
    protected BackgroundWork background;

    /** TestFX only runs {@code @Start} methods declared on the test class itself, so each test calls this. */
    protected void startApp(Stage stage) {
        Themes.applyDefault();
        background = new BackgroundWork();
        window = new MainWindow(stage, dataDir, background, url -> { });
        stage.setScene(window.createScene());
        stage.show();
        window.loadCatalog();
    }

    @BeforeEach
    void waitForTheCatalog() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.foods().visibleRows().size() > 8_000);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The id of the tab the user sees now. */
    protected static String selectedTab(org.testfx.api.FxRobot robot) {
        return robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId();
    }

    @AfterEach
    void stopWork() {
        background.close();
        window.shutdown();
    }
}
