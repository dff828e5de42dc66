package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import k2explorer.ui.common.LayoutChecks;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Foods view at the window's least width (640 px, {@link WindowGeometry#MIN_WIDTH}) and 480 px high, at 100 %
 * and 150 % text, with and without a food's details open: every control of the view (filters, daily target,
 * welcome strip, table, details, the status bar's text and count) lies inside the window, none is cut at its right
 * edge, and no label shows an ellipsis (but the status bar's text, whole on the bar's tooltip). Tab headers that do not fit are reached through the tab list's menu button.
 * Runs in the default locale: run it in de-DE too, whose labels are the longest.
 */
class NarrowWindowUiTest extends AppWindowTest {
    private static final int HEIGHT = 480;
    private static final double SLACK = 1;

    @Test
    void everyFoodsControlIsWholeInsideTheNarrowestWindow(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        // The window goes no narrower than the width this test lays the view out at.
        robot.interact(() -> stage.setWidth(WindowGeometry.MIN_WIDTH / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WindowGeometry.MIN_WIDTH, stage.getWidth(), SLACK, "the window's least width");
        for (int scale : new int[] {100, 150}) {
            for (boolean detail : new boolean[] {false, true}) {
                robot.interact(() -> {
                    stage.setWidth(WindowGeometry.MIN_WIDTH);
                    stage.setHeight(HEIGHT);
                    appearance().fontScaleProperty().set(scale);
                    if (detail) {
                        foods().selectFood("lit:KAMAO2007:natto");
                    } else {
                        foods().selectedProperty().set(null);
                    }
                });
                settle(robot);
                String where = "Foods " + (int) WindowGeometry.MIN_WIDTH + "×" + HEIGHT + " " + scale + "%"
                        + (detail ? " with a food's details" : "");
                robot.interact(() -> {
                    double width = stage.getScene().getWidth();
                    Node view = tabs.getTabs().get(0).getContent();
                    // The status bar: the catalog's counts on the left, the count the table shows on the right.
                    Node statusBar = stage.getScene().lookup("#statusBar");
                    for (Node part : List.of(view, statusBar)) {
                        pastTheRightEdge(part, width, where, problems);
                        LayoutChecks.cutTexts(part, where, problems);
                        LayoutChecks.clippedInScrollPanes(part, where, problems);
                    }
                    tabHeaders(tabs, width, where, problems);
                });
            }
        }
        assertEquals(List.of(), problems, "what a person cannot reach or read in the narrowest window");
        statusTextWholeOnHover(robot);
    }

    /** The status bar's text, shortened in the narrowest window, is whole on the tooltip the pointer brings up. */
    private void statusTextWholeOnHover(FxRobot robot) {
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        Labeled shown = robot.lookup("#statusBar .status-label").queryAs(Labeled.class);
        assertEquals(bar.getText(), shown.getText());
        assertTrue(bar.getText().startsWith(MainWindow.statusText(foods().counts())), bar.getText());
        robot.moveTo(shown);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(bar.getTooltip(), "a tooltip once the pointer rests on the status bar");
        assertEquals(bar.getText(), bar.getTooltip().getText(), "the whole status text");
    }

    /**
     * Each shown control whose box reaches past the window's right edge. Inside a table or a scrolling pane a control
     * may lie beyond the visible part (the user scrolls to it); the table or pane itself must fit.
     */
    private static void pastTheRightEdge(Node node, double sceneWidth, String where, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getWidth() > 0 && b.getMaxX() > sceneWidth + SLACK) {
                problems.add(where + ": " + describe(control) + " reaches x=" + Math.round(b.getMaxX())
                        + " past the window's width " + Math.round(sceneWidth));
            }
        }
        if (node instanceof TableView<?> || node instanceof ScrollPane) {
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                pastTheRightEdge(child, sceneWidth, where, problems);
            }
        }
    }

    /** Tab headers past the edge are fine only while the menu listing every tab is shown inside the window. */
    private static void tabHeaders(TabPane tabs, double sceneWidth, String where, List<String> problems) {
        boolean overflow = tabs.lookupAll(".tab").stream().anyMatch(
                t -> t.isVisible() && t.localToScene(t.getLayoutBounds()).getMaxX() > sceneWidth + SLACK);
        Node menu = tabs.lookup(".control-buttons-tab");
        boolean menuShown = menu != null && LayoutChecks.visibleChain(menu) && LayoutChecks.onScreen(menu)
                && menu.localToScene(menu.getLayoutBounds()).getMaxX() <= sceneWidth + SLACK;
        if (overflow && !menuShown) {
            problems.add(where + ": tab headers run past the window's edge with no menu to reach them");
        }
    }

    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node instanceof Labeled l && l.getText() != null) {
            s.append(" \"").append(l.getText()).append('"');
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                s.append(n == node ? " #" : " in #").append(n.getId());
                break;
            }
        }
        return s.toString();
    }

    private void settle(FxRobot robot) {
        for (int pass = 0; pass < 3; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
