package k2explorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.appearance.AppearanceViewModel;
import k2explorer.ui.async.FxUiExecutor;
import k2explorer.app.Themes;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.plan.PlanViewModel;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the app as {@code K2App} does, through the same composition root, on a data folder of its own for each
 * test, and waits until the catalog is shown. A test that needs something in the data folder first puts it there
 * in {@link #beforeStart()}; one that needs another locale pins it for the class ({@code PinnedLocale}).
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppWindowTest {
    /** Longest wait for start-up or background work on a busy 2-core machine. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;

    protected AppContext context;
    protected MainWindow window;
    protected Stage stage;

    /** Runs on the test thread before the app starts; nothing by default. */
    protected void beforeStart() throws Exception {
    }

    @BeforeEach
    void startTheAppAndWaitForTheCatalog() throws Exception {
        beforeStart();
        FxToolkit.setupStage(shown -> {
            stage = shown;
            Themes.applyDefault();
            context = new AppContext(shown, dataDir, new FxUiExecutor(), url -> { });
            window = context.window();
            context.start();
            // The test stage is shared by every test: each starts at the size a fresh app opens with, whatever size
            // the test before left it at (a narrow-window test leaves it at 640 px).
            javafx.geometry.Dimension2D size = MainWindow.firstSize();
            shown.setWidth(size.getWidth());
            shown.setHeight(size.getHeight());
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> context.library() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until user-data work asked for so far has finished and its outcome is shown. */
    protected void awaitBackgroundWork() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        context.executor().runInOrder(() -> null, none -> { }, error -> { }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Foods table. */
    @SuppressWarnings("unchecked")
    /**
     * Every item of the menu bar's menus, each menu's items made as opening it makes them (they are made when a
     * menu first opens), on the FX thread.
     */
    protected static java.util.stream.Stream<javafx.scene.control.MenuItem> menuItems(
            javafx.scene.control.MenuBar bar) {
        Runnable open = () -> {
            for (javafx.scene.control.Menu menu : bar.getMenus()) {
                if (menu.getOnShowing() != null) {
                    menu.getOnShowing().handle(new javafx.event.Event(menu, menu,
                            javafx.scene.control.Menu.ON_SHOWING));
                }
            }
        };
        if (javafx.application.Platform.isFxApplicationThread()) {
            open.run();
        } else {
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(open));
        }
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream());
    }

    protected static TableView<FoodRow> foodsTable(FxRobot robot) {
        return robot.lookup("#foodsTable").queryAs(TableView.class);
    }

    /** Every text of a label, button or link in {@code root} and below, in order. */
    protected static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collectTexts(root, out);
        return out;
    }

    private static void collectTexts(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectTexts(c, out));
        }
    }

    /** Follows a link as a click does and returns the id of the tab the user then sees. */
    protected static String follow(FxRobot robot, Hyperlink link) {
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return selectedTab(robot);
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
        if (context != null) {
            context.close();
        }
    }
}
