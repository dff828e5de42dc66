package k2explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import k2explorer.UsLocale;
import k2explorer.export.PngFile;
import k2explorer.ui.appearance.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every tab at 1280×800 and 1920×1080, light and dark, at 100 % and 150 % text: no label, button or header in view
 * shows an ellipsis, and the Foods table needs no sideways scrolling. With {@code -Dk2explorer.screenshots=DIR} the
 * same walk saves each tab as a PNG (see README: "Screenshots").
 */
@ExtendWith({ApplicationExtension.class, UsLocale.class})
class LayoutUiTest extends AppWindowTest {
    private static final String SCREENSHOTS = "k2explorer.screenshots";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startApp(stage);
    }

    @Test
    void everyTabFitsItsWindowWithoutCutLabelsOrSidewaysScrolling(FxRobot robot) throws IOException {
        String dir = System.getProperty(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> foods().selectFood("lit:KAMAO2007:natto"));
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                for (int scale : new int[] {100, 150}) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        appearance().themeProperty().set(theme);
                        appearance().fontScaleProperty().set(scale);
                    });
                    walk(robot, size, theme, scale, problems,
                            dir != null && scale == 100 && size[0] == 1280 ? Path.of(dir) : null);
                }
            }
        }
        familyRows(robot, problems);
        assertEquals(List.of(), problems, "cut labels or sideways scrolling");
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
                cutTexts(stage.getScene().getRoot(), "one row per food " + size[0] + "×" + size[1] + " " + scale + "%",
                        problems);
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
            foods().queryProperty().set("cheese");
        });
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
        save(robot, dir.resolve("first-screen.png"));
    }

    private void walk(FxRobot robot, int[] size, ThemeChoice theme, int scale, List<String> problems, Path shots)
            throws IOException {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            String where = tab.getId() + " " + size[0] + "×" + size[1] + " " + theme + " " + scale + "%";
            cutTexts(stage.getScene().getRoot(), where, problems);
            robot.lookup(".table-view .scroll-bar").queryAllAs(ScrollBar.class).stream()
                    .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible() && onScreen(b))
                    .forEach(b -> problems.add(where + ": a table scrolls sideways"));
            if (shots != null) {
                save(robot, shots.resolve(tab.getId().replace("Tab", "") + "-" + theme.name().toLowerCase(Locale.ROOT)
                        + "-" + size[0] + "x" + size[1] + ".png"));
            }
        }
    }

    /**
     * A Labeled whose shown text is shorter than its text (JavaFX put "…" in) and that is on screen. Table cells may
     * cut a long name (the whole name is on hover), never an amount: "47.5–6…" would read as a different number.
     */
    private static void cutTexts(Node node, String where, List<String> problems) {
        if (node == null || !node.isVisible()
                || node instanceof IndexedCell<?> && !(node instanceof TableRow<?>)
                        && !node.getStyleClass().contains("amount-cell")) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && onScreen(labeled)) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(labeled.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString())) {
                    problems.add(where + ": \"" + labeled.getText().replace('\n', ' ') + "\" shows as \""
                            + shown.getText().replace('\n', ' ') + "\" (" + labeled.getClass().getSimpleName()
                            + (labeled.getId() == null ? "" : " #" + labeled.getId()) + ")");
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> cutTexts(c, where, problems));
        }
    }

    private static boolean onScreen(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMinX() < node.getScene().getWidth()
                && b.getMaxY() > 0 && b.getMinY() < node.getScene().getHeight();
    }

    private void save(FxRobot robot, Path file) throws IOException {
        Files.createDirectories(file.getParent());
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
