package k2explorer.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.appearance.AppearanceViewModel;
import k2explorer.ui.async.FxUiExecutor;
import k2explorer.app.Themes;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.plan.PlanViewModel;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the app as {@code K2App} does, through the same composition root, on a data folder of its own for each
 * test, and waits until the catalog is shown.
 */
abstract class AppWindowTest {
    /** Longest wait for start-up or background work on a busy 2-core machine. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;

    protected AppContext context;
    protected MainWindow window;

    /** TestFX only runs {@code @Start} methods declared on the test class itself, so each test calls this. */
    protected void startApp(Stage stage) {
        Themes.applyDefault();
        context = new AppContext(stage, dataDir, new FxUiExecutor(), url -> { });
        window = context.window();
        context.start();
    }

    @BeforeEach
    void waitForTheCatalog() throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> context.library() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until user-data work asked for so far has finished and its outcome is shown. */
    protected void awaitBackgroundWork() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        context.executor().runInOrder(() -> null, none -> { }, error -> { }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The id of the tab the user sees now. */
    protected static String selectedTab(FxRobot robot) {
        return robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    protected FoodsViewModel foods() {
        return context.models().foods();
    }

    protected TargetChoiceViewModel targets() {
        return context.models().targets();
    }

    protected CompareViewModel compare() {
        return context.models().compare();
    }

    protected StudiesViewModel studies() {
        return context.models().studies();
    }

    protected ClaimsViewModel claims() {
        return context.models().claims();
    }

    protected PlanViewModel plan() {
        return context.models().plan();
    }

    protected AppearanceViewModel appearance() {
        return context.models().appearance();
    }

    protected UserDataStore userStore() {
        return context.library().store();
    }

    @AfterEach
    void stopWork() {
        context.close();
    }
}
