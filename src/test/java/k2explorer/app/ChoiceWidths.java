package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import k2explorer.ui.common.ListWhenShownSkin;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drop-down boxes of the first window make their list when first opened, not with the window (docs/performance.md,
 * "firstframe branch"); the boxes sized by their choices are exactly as wide as with JavaFX's own skin, which measures
 * a hidden copy of the list. Run in en-US and de-DE (longer words).
 */
abstract class ChoiceWidths extends AppWindowTest {
    private static final String[] ALL = {"groupFilter", "formFilter", "targetChoice", "basisChoice", "rowsPerChoice",
        "countedFormsChoice"};
    private static final String[] SIZED_BY_CHOICES = {"basisChoice", "rowsPerChoice", "countedFormsChoice"};

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> box(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ComboBox.class);
    }

    private static boolean holdsAList(Node node) {
        return node instanceof ListView<?> || node instanceof javafx.scene.Parent p
                && p.getChildrenUnmodifiable().stream().anyMatch(ChoiceWidths::holdsAList);
    }

    /** The width {@code box}'s choices give a fresh box beside it, with JavaFX's skin or the app's. */
    private static double freshWidth(ComboBox<Object> box, boolean javafxSkin) {
        ComboBox<Object> fresh = new ComboBox<>(box.getItems());
        fresh.setConverter(box.getConverter());
        fresh.getStyleClass().setAll(box.getStyleClass());
        fresh.setValue(box.getValue());
        fresh.setSkin(javafxSkin ? new ComboBoxListViewSkin<>(fresh) : null);
        if (!javafxSkin) {
            ListWhenShownSkin.install(fresh);
        }
        Pane parent = (Pane) box.getParent();
        parent.getChildren().add(fresh);
        try {
            fresh.applyCss();
            return fresh.prefWidth(-1);
        } finally {
            parent.getChildren().remove(fresh);
        }
    }

    @Test
    void noBoxMakesItsListWithTheWindow(FxRobot robot) {
        for (String id : ALL) {
            assertTrue(!holdsAList(box(robot, id)), id + ": its list made with the window");
        }
    }

    @Test
    void boxesSizedByTheirChoicesAreAsWideAsWithJavaFxsSkin(FxRobot robot) throws Exception {
        for (String id : SIZED_BY_CHOICES) {
            ComboBox<Object> box = box(robot, id);
            double javafx = WaitForAsyncUtils.asyncFx(() -> freshWidth(box, true)).get(10, TimeUnit.SECONDS);
            double app = WaitForAsyncUtils.asyncFx(() -> freshWidth(box, false)).get(10, TimeUnit.SECONDS);
            assertEquals(javafx, app, 0.0, id + ": a fresh box's width");
            // Laid out in the window, the width is snapped to whole pixels.
            assertEquals(Math.ceil(javafx), box.getWidth(), 0.0, id + ": the box's width in the window");
            assertTrue(box.getWidth() > 100, id + " narrower than its own floor: " + box.getWidth());
        }
    }

    /**
     * Text at 150 % and back to 100 % (Preferences): every box of the Foods filters and the target is as wide as in a
     * fresh window at 100 %, whether its list was opened at 150 % or not (a box sized by its choices once kept its
     * widest width until the app was restarted, and the bar took a line more).
     */
    @Test
    void boxesAreAsWideAsInAFreshWindowAfterTheTextGrowsAndShrinks(FxRobot robot) {
        Map<String, Double> fresh = widths(robot);
        robot.interact(() -> appearance().fontScaleProperty().set(150));
        settle(robot);
        Map<String, Double> large = widths(robot);
        for (String id : ALL) {
            assertTrue(large.get(id) > fresh.get(id) + 10, id + " did not grow with the text: " + fresh.get(id)
                    + " → " + large.get(id));
        }
        // The lists of some boxes are opened and closed at 150 %: a shown list is measured too.
        for (String id : OPENED_AT_150) {
            ComboBox<Object> box = box(robot, id);
            robot.interact(box::show);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(box.isShowing(), id + ": its list is not shown");
            robot.interact(box::hide);
        }
        settle(robot);
        robot.interact(() -> appearance().fontScaleProperty().set(100));
        settle(robot);
        Map<String, Double> again = widths(robot);
        List<String> changed = new ArrayList<>();
        for (String id : ALL) {
            if (Math.abs(fresh.get(id) - again.get(id)) > 1) {
                changed.add(id + " " + fresh.get(id) + " → " + again.get(id));
            }
        }
        assertEquals(List.of(), changed, "widths at 100 % after 150 %, not as in a fresh window");
    }

    private static final String[] OPENED_AT_150 = {"groupFilter", "basisChoice", "countedFormsChoice"};

    private static Map<String, Double> widths(FxRobot robot) {
        Map<String, Double> widths = new LinkedHashMap<>();
        for (String id : ALL) {
            widths.put(id, box(robot, id).getWidth());
        }
        return widths;
    }

    /**
     * Styles and lays the window out a few times: the font size comes from a style on the root, so the styles are
     * applied here rather than left to a pulse; a box that follows the text is measured again in the next pass.
     */
    private void settle(FxRobot robot) {
        for (int pass = 0; pass < 3; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBoxSizedByItsChoicesOpensWithItsKeysAndKeepsItsWidth(FxRobot robot) throws Exception {
        ComboBox<Object> basis = box(robot, "basisChoice");
        Object before = basis.getValue();
        double width = basis.getWidth();
        String spoken = (String) basis.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        robot.interact(basis::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, basis::isShowing);
        ListView<?> list = (ListView<?>) ((ComboBoxListViewSkin<?>) basis.getSkin()).getPopupContent();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.getScene().getWindow().isShowing() && !list.lookupAll(".list-cell").isEmpty(),
                "the list is not shown with its choices");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!basis.isShowing());
        assertEquals(basis.getItems().get(basis.getItems().indexOf(before) + 1), basis.getValue());
        assertEquals(spoken, basis.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertTrue(basis.getWidth() >= width, "the box shrank once its list was shown");
    }
}
