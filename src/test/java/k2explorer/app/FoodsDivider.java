package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import k2explorer.i18n.Messages;
import k2explorer.ui.foods.FoodsView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Foods detail pane gets its reading width (25 ems of the current text, at most 40 % of the view) after every
 * change of text size and window size a person can make, in every order, once the layout has settled: the divider
 * is never placed from a width or a text size that has since changed (issue #29: "K2viewe r" at 150 %).
 */
abstract class FoodsDivider extends AppWindowTest {
    /** FoodsView's reading width beside the table, in ems, and the least share the table keeps. */
    private static final double DETAIL_EMS = 25;
    private static final double TABLE_SHARE = 0.6;
    private static final int REPEATS = 3;

    @Test
    void theDetailPaneGetsItsReadingWidthAfterEveryTextAndWindowSizeChange(FxRobot robot) {
        robot.interact(() -> foods().selectFood("lit:KAMAO2007:natto"));
        settle(robot);
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < REPEATS; round++) {
            // Text size alone, up and back.
            change(robot, problems, "text 150 %", () -> appearance().fontScaleProperty().set(150));
            change(robot, problems, "text 100 %", () -> appearance().fontScaleProperty().set(100));
            // Window and text size together (a restored window, a saved look), both ways.
            change(robot, problems, "1920×1080 and text 150 %", () -> {
                size(1920, 1080);
                appearance().fontScaleProperty().set(150);
            });
            change(robot, problems, "1280×800 and text 100 %", () -> {
                appearance().fontScaleProperty().set(100);
                size(1280, 800);
            });
            // Text size, then the window straight after, before the first placement has been laid out.
            change(robot, problems, "text 150 % then 1600×900", () -> {
                appearance().fontScaleProperty().set(150);
                javafx.application.Platform.runLater(() -> size(1600, 900));
            });
            change(robot, problems, "text 100 % then 1280×800", () -> {
                appearance().fontScaleProperty().set(100);
                javafx.application.Platform.runLater(() -> size(1280, 800));
            });
            // Larger text while the window shrinks: the pane must not be left narrower than its reading width.
            change(robot, problems, "1920×1080", () -> size(1920, 1080));
            change(robot, problems, "text 150 % then 1280×800", () -> {
                appearance().fontScaleProperty().set(150);
                javafx.application.Platform.runLater(() -> size(1280, 800));
            });
            change(robot, problems, "1600×900 then text 100 %", () -> {
                size(1600, 900);
                javafx.application.Platform.runLater(() -> appearance().fontScaleProperty().set(100));
            });
            change(robot, problems, "1280×800", () -> size(1280, 800));
            // Text size changed on another tab, then back to Foods (as LayoutUiTest walks the tabs).
            for (int scale : new int[] {150, 100}) {
                robot.interact(() -> tabs().getSelectionModel().selectLast());
                settle(robot);
                robot.interact(() -> appearance().fontScaleProperty().set(scale));
                change(robot, problems, "text " + scale + " % on another tab, then Foods",
                        () -> tabs().getSelectionModel().selectFirst());
            }
        }
        assertEquals(List.of(), problems, "where the detail pane did not get its reading width");
    }

    /** A divider the user has dragged stays where they put it (the detail pane keeps its width) as the window grows. */
    @Test
    void aDraggedDividerKeepsTheDetailPanesWidthWhenTheWindowGrows(FxRobot robot) {
        Node divider = dividerBeside(robot, "lit:KAMAO2007:natto");
        robot.drag(divider).dropBy(-120, 0);
        settle(robot);
        Node detail = stage.getScene().getRoot().lookup("#foodDetail");
        double dragged = detail.getLayoutBounds().getWidth();
        robot.interact(() -> size(1600, 900));
        settle(robot);
        double after = detail.getLayoutBounds().getWidth();
        assertEquals(dragged, after, 1, "the detail pane's width the user dragged it to");
        org.junit.jupiter.api.Assertions.assertTrue(dragged > DETAIL_EMS * 14 + 100,
                "the drag widened the detail pane (" + dragged + " px)");
    }

    /**
     * A detail pane the user narrows by dragging the divider keeps every word of the values table whole: a one-word
     * source ("K2viewer") widens its column rather than breaking ("K2viewe" / "r").
     */
    @Test
    void aNarrowedDetailPaneBreaksNoWordOfItsValuesTable(FxRobot robot) {
        Node divider = dividerBeside(robot, "k2c:edam");
        List<String> problems = new ArrayList<>();
        for (int step = 0; step < 6; step++) {
            robot.drag(divider).dropBy(15, 0);
            settle(robot);
            int dragged = step;
            robot.interact(() -> brokenWords(stage.getScene().getRoot().lookup("#detailValues"),
                    "dragged " + 15 * (dragged + 1) + " px narrower", problems));
        }
        assertEquals(List.of(), problems, "words broken in the detail pane's values table");
    }

    /** At 1280×800 with {@code foodId} selected and laid out: the divider between the table and its detail pane. */
    private Node dividerBeside(FxRobot robot, String foodId) {
        robot.interact(() -> {
            size(1280, 800);
            foods().selectFood(foodId);
        });
        settle(robot);
        return stage.getScene().getRoot().lookup(".split-pane-divider");
    }

    private javafx.scene.control.TabPane tabs() {
        return (javafx.scene.control.TabPane) stage.getScene().getRoot().lookup("#mainTabs");
    }

    private void size(double width, double height) {
        stage.setWidth(width);
        stage.setHeight(height);
    }

    private void change(FxRobot robot, List<String> problems, String what, Runnable change) {
        robot.interact(change);
        settle(robot);
        robot.interact(() -> check(what, problems));
    }

    private void check(String what, List<String> problems) {
        Node up = stage.getScene().getRoot().lookup("#foodDetail");
        while (!(up instanceof FoodsView)) {
            up = up.getParent();
        }
        FoodsView view = (FoodsView) up;
        SplitPane split = (SplitPane) view.getCenter();
        if (split.getOrientation() != Orientation.HORIZONTAL) {
            return;
        }
        double em = basisFontSize(view);
        double wanted = Math.max(TABLE_SHARE, 1 - DETAIL_EMS * em / view.getWidth());
        double placed = split.getDividerPositions()[0];
        // Within a pixel of the intended place.
        if (Math.abs(placed - wanted) * split.getWidth() > 1) {
            problems.add(what + ": divider at " + Math.round(placed * split.getWidth()) + " px of "
                    + Math.round(split.getWidth()) + ", meant at " + Math.round(wanted * split.getWidth())
                    + " px (text " + em + " px)");
        }
        Node detail = stage.getScene().getRoot().lookup("#foodDetail");
        brokenWords(detail, what, problems);
    }

    /** The size of the text the Foods view measures its panes by ("Amounts in µg/100 g" on its filter bar). */
    private static double basisFontSize(FoodsView view) {
        String unit = Messages.get("foods.amounts.unit");
        return view.lookupAll(".label").stream().filter(n -> n instanceof Label l && unit.equals(l.getText()))
                .map(n -> ((Label) n).getFont().getSize()).findFirst().orElseThrow();
    }

    /** A wrapped text whose wrapping width is narrower than one of its words breaks that word across lines. */
    private static void brokenWords(Node node, String what, List<String> problems) {
        if (node instanceof Text text && text.isVisible() && text.getWrappingWidth() > 0 && text.getText() != null) {
            for (String word : text.getText().split("\\s+")) {
                Text alone = new Text(word);
                alone.setFont(text.getFont());
                if (alone.getLayoutBounds().getWidth() > text.getWrappingWidth() + 0.5) {
                    problems.add(what + ": \"" + word + "\" is broken in \"" + text.getText() + "\" (wrapping at "
                            + Math.round(text.getWrappingWidth()) + " px)");
                }
            }
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> brokenWords(c, what, problems));
        }
    }

    /** Lets the scene lay out three times, as LayoutUiTest does: a divider placed after layout takes more than one. */
    private void settle(FxRobot robot) {
        for (int pass = 0; pass < 3; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
