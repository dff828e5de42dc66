package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import k2explorer.UsLocale;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.appearance.Appearance;
import k2explorer.ui.appearance.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Dark mode and larger text, the keyboard, and a printable or exportable form of every view. */
@ExtendWith(UsLocale.class)
class DesktopCitizenUiTest extends AppWindowTest {
    @Test
    @SuppressWarnings("unchecked")
    void darkThemeAndLargerTextApplyAtOnceAndAreRemembered(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        ComboBox<ThemeChoice> theme = robot.lookup("#themeChoice").queryAs(ComboBox.class);
        ComboBox<Integer> font = robot.lookup("#fontScaleChoice").queryAs(ComboBox.class);
        robot.interact(() -> {
            theme.setValue(ThemeChoice.DARK);
            font.setValue(125);
        });
        Node root = robot.lookup("#mainWindow").query();
        assertTrue(root.getStyleClass().contains(Appearance.DARK_CLASS));
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"),
                Application.getUserAgentStylesheet());
        assertTrue(root.getStyle().contains("17.5px"), root.getStyle());
        robot.clickOn("#colourBlindPalette");
        assertTrue(root.getStyleClass().contains(Appearance.COLOUR_BLIND_CLASS));
        robot.push(KeyCode.ESCAPE);
        Path file = dataDir.resolve(SettingsFile.FILE_NAME);
        // written once the changes stop (debounced), on a thread of its own
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file)
                && Files.readString(file).contains("appearance.colourBlindPalette=true"));
        String saved = Files.readString(file);
        assertTrue(saved.contains("appearance.theme=DARK"), saved);
        assertTrue(saved.contains("appearance.fontScale=125"), saved);
        assertTrue(saved.contains("appearance.colourBlindPalette=true"), saved);
        robot.interact(() -> appearance().themeProperty().set(ThemeChoice.LIGHT));
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyViewIsReachableFromTheKeyboard(FxRobot robot) {
        List<String> expected = List.of("foodsTab", "coverageTab", "compareTab", "learnTab", "studiesTab",
                "claimsTab", "planTab");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (int i = 0; i < digits.length; i++) {
            robot.push(KeyCode.CONTROL, digits[i]);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(expected.get(i), selectedTab(robot));
        }
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertEquals("foodsTab", selectedTab(robot));
        assertTrue(robot.lookup("#searchField").query().isFocused());
        robot.write("kale raw");
        robot.push(KeyCode.DOWN);
        TableView<?> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        assertTrue(table.isFocused());
        assertNotNull(table.getSelectionModel().getSelectedItem());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        robot.push(KeyCode.TAB);
        Node studiesView = robot.lookup("#studiesView").query();
        Node focused = studiesView.getScene().getFocusOwner();
        while (focused != null && focused != studiesView) {
            focused = focused.getParent();
        }
        assertEquals(studiesView, focused, "Tab moves the focus into the Studies view");
        robot.push(KeyCode.F1);
        assertNotNull(robot.lookup("#keyboardHelp").query());
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void everyViewHasAPrintableFormThatCanBeSavedAsPng(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> compare().add(foods().visibleRows().subList(0, 2)));
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            VBox[] page = new VBox[1];
            robot.interact(() -> page[0] = window.printablePage());
            assertTrue(page[0].getChildren().size() >= 3, tabs.getTabs().get(i).getId() + " has a printable page");
            Path png = dataDir.resolve("print-" + i + ".png");
            robot.interact(() -> context.exports().png(page[0], png, "status.summarySaved"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png));
            assertTrue(Files.size(png) > 2_000, png + " has a picture");
        }
        robot.push(KeyCode.CONTROL, KeyCode.P);
        assertNotNull(robot.lookup("#printPreview").query());
        assertNotNull(robot.lookup("#printSavePngButton").query());
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void theCoverageChartCanBeReadAsATable(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.clickOn("#coverageTableButton");
        TableView<?> table = robot.lookup("#chartDataTable").queryAs(TableView.class);
        assertTrue(table.getItems().size() >= 5, "rows: " + table.getItems().size());
        robot.push(KeyCode.ESCAPE);
    }
}
