package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import k2explorer.UsLocale;
import k2explorer.export.PngFile;
import k2explorer.ui.appearance.ThemeChoice;
import k2explorer.ui.common.LayoutChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every tab at 1280×800 and 1920×1080, light and dark, at 100 % and 150 % text, as a person sees it: the Foods table
 * shows enough whole rows (at least 15 at 100 %, 8 at 150 %, with and without a food's details open); no label,
 * button, header or needed cell shows an ellipsis; text in detail panes wraps to the pane instead of running past its
 * edge; no number is split across lines; no column header breaks inside a word; no table scrolls sideways. With
 * {@code -Dk2explorer.screenshots=DIR} the same walk saves each tab at 1280×800, 100 % and 150 %, as PNGs (see
 * README: "Screenshots").
 */
@ExtendWith(UsLocale.class)
class LayoutUiTest extends AppWindowTest {
    private static final String SCREENSHOTS = "k2explorer.screenshots";
    /** Whole Foods rows a person must see at 100 % text (1280×800 and larger) and at 150 % text. */
    private static final int ROWS_AT_100 = 15;
    private static final int ROWS_AT_150 = 8;

    @Test
    void everyTabFitsItsWindowWithoutCutLabelsOrSidewaysScrolling(FxRobot robot) throws IOException {
        String dir = System.getProperty(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            foods().selectFood("lit:KAMAO2007:natto");
            studies().select("KNAPEN2013");
            claims().select("natto-80-percent");
        });
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                for (int scale : new int[] {100, 150}) {
                    // One change at a time, as a person makes them (window size, then Preferences' theme, text size).
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    settle(robot);
                    robot.interact(() -> appearance().themeProperty().set(theme));
                    settle(robot);
                    robot.interact(() -> appearance().fontScaleProperty().set(scale));
                    walk(robot, size, theme, scale, problems,
                            dir != null && size[0] == 1280 ? Path.of(dir) : null);
                }
            }
        }
        familyRows(robot, problems);
        assertEquals(List.of(), problems, "what a person cannot read");
        if (dir != null) {
            searchScreenshots(robot, Path.of(dir));
        }
    }

    /** One row per food with a family selected: the widest amounts ("≥ 47.5 – 64.7") beside the detail pane. */
    private void familyRows(FxRobot robot, List<String> problems) {
        robot.interact(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            appearance().themeProperty().set(ThemeChoice.LIGHT);
            foods().queryProperty().set("cheese");
            foods().oneRowPerFamilyProperty().set(true);
            foods().selectFood("k2c:edam");
        });
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            for (int scale : new int[] {100, 150}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    appearance().fontScaleProperty().set(scale);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().layout());
                WaitForAsyncUtils.waitForFxEvents();
                String where = "one row per food " + size[0] + "×" + size[1] + " " + scale + "%";
                readable(stage.getScene().getRoot(), where, problems);
            }
        }
        robot.interact(() -> {
            foods().oneRowPerFamilyProperty().set(false);
            foods().queryProperty().set("");
            appearance().fontScaleProperty().set(100);
        });
    }

    /** The Foods view searching "cheese", one row per source and one row per food, for the README. */
    private void searchScreenshots(FxRobot robot, Path dir) throws IOException {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            appearance().themeProperty().set(ThemeChoice.LIGHT);
            appearance().fontScaleProperty().set(100);
            tabs.getSelectionModel().select(0);
            foods().selectedProperty().set(null);
            foods().queryProperty().set("");
            // as a new user first meets it: the richest foods at the top, not where an earlier walk left the table
            robot.lookup("#foodsTable").queryAs(TableView.class).scrollTo(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, dir.resolve("first-screen.png"));
        robot.interact(() -> foods().queryProperty().set("cheese"));
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, dir.resolve("foods-cheese-per-source.png"));
        robot.interact(() -> foods().oneRowPerFamilyProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, dir.resolve("foods-cheese-per-food.png"));
        robot.interact(() -> foods().selectFood("k2c:edam"));
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, dir.resolve("foods-edam-family-detail.png"));
        robot.interact(() -> {
            foods().oneRowPerFamilyProperty().set(false);
            foods().queryProperty().set("");
            foods().selectedProperty().set(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void walk(FxRobot robot, int[] size, ThemeChoice theme, int scale, List<String> problems, Path shots)
            throws IOException {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle(robot);
            String where = tab.getId() + " " + size[0] + "×" + size[1] + " " + theme + " " + scale + "%";
            readable(stage.getScene().getRoot(), where, problems);
            robot.lookup(".table-view .scroll-bar").queryAllAs(ScrollBar.class).stream()
                    .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()
                            && LayoutChecks.visibleChain(b) && LayoutChecks.onScreen(b))
                    .forEach(b -> problems.add(where + ": a table scrolls sideways"));
            if ("foodsTab".equals(tab.getId())) {
                foodRows(robot, where, scale, problems);
            }
            if (shots != null) {
                save(robot, shots.resolve(tab.getId().replace("Tab", "") + "-" + theme.name().toLowerCase(Locale.ROOT)
                        + "-" + size[0] + "x" + size[1] + (scale == 100 ? "" : "-" + scale) + ".png"));
            }
        }
    }

    /** Whole rows of the Foods table with a food's details open (as the walk has it) and without. */
    private void foodRows(FxRobot robot, String where, int scale, List<String> problems) {
        TableView<?> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        int goal = scale >= 150 ? ROWS_AT_150 : ROWS_AT_100;
        int[] withDetail = new int[1];
        robot.interact(() -> withDetail[0] = LayoutChecks.wholeRows(table));
        robot.interact(() -> foods().selectedProperty().set(null));
        settle(robot);
        int[] without = new int[1];
        robot.interact(() -> without[0] = LayoutChecks.wholeRows(table));
        readable(stage.getScene().getRoot(), where + " (no food chosen)", problems);
        robot.interact(() -> foods().selectFood("lit:KAMAO2007:natto"));
        settle(robot);
        System.out.println("whole Foods rows " + where + ": " + without[0] + " (" + withDetail[0]
                + " with a food's details)");
        if (without[0] < goal) {
            problems.add(where + ": the Foods table shows " + without[0] + " whole rows, fewer than " + goal);
        }
        if (withDetail[0] < goal) {
            problems.add(where + ": with a food's details open the Foods table shows " + withDetail[0]
                    + " whole rows, fewer than " + goal);
        }
    }

    /** Lets the scene lay out three times: a size that follows the text (a wrapped label, a fitted box, a divider
     * placed after layout) takes more than one pass. */
    private void settle(FxRobot robot) {
        for (int pass = 0; pass < 3; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every check of what a person can read, on the scene as laid out now. */
    private static void readable(Node root, String where, List<String> problems) {
        LayoutChecks.cutTexts(root, where, problems);
        LayoutChecks.clippedInScrollPanes(root, where, problems);
        LayoutChecks.splitNumbers(root, where, problems);
        LayoutChecks.splitHeaderWords(root, where, problems);
        LayoutChecks.unnamedControls(root, where, problems);
        LayoutChecks.unlabelledBars(root, where, problems);
    }

    private void save(FxRobot robot, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        // a few pulses, so the picture shows the window as it settles (a scroll bar that appears re-lays a pane out)
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int[][] dims = new int[1][];
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            WritableImage image = stage.getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            dims[0] = new int[] {w, h};
            pixels[0] = argb;
        });
        PngFile.write(pixels[0], dims[0][0], dims[0][1], file);
    }
}
