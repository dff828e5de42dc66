package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import k2explorer.UsLocale;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.appearance.Appearance;
import k2explorer.ui.appearance.ThemeChoice;
import k2explorer.ui.print.PaperSize;
import k2explorer.ui.print.PrintPages;
import k2explorer.ui.print.PrintPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Dark mode and larger text, the keyboard, and a printable or exportable form of every view. */
@ExtendWith(UsLocale.class)
class DesktopCitizenUiTest extends AppWindowTest {
    @Test
    void darkThemeAndLargerTextApplyAtOnceAndAreRemembered(FxRobot robot) throws Exception {
        PreferencesByKeyboard.choose(robot, ThemeChoice.DARK, 125);
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
        robot.interact(() -> {
            var catalog = foods().catalogProperty().get();
            plan().nameProperty().set("Monday");
            assertEquals(null, plan().add(catalog.food("usda:11457").orElseThrow(), "50",
                    k2explorer.ui.plan.UnitChoice.GRAMS));
            assertEquals(null, plan().add(catalog.food("lit:KAMAO2007:natto").orElseThrow(), "40",
                    k2explorer.ui.plan.UnitChoice.GRAMS));
        });
        PaperSize a4 = PaperSize.A4;
        String look = System.getProperty("print.look");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            String tab = tabs.getTabs().get(i).getId();
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            List<List<VBox>> sheets = new ArrayList<>();
            robot.interact(() -> sheets.add(window.printableSheets(a4)));
            List<VBox> pages = sheets.get(0);
            assertFalse(pages.isEmpty(), tab + " has a printable page");
            for (VBox page : pages) {
                assertEquals(PrintPages.PAGE_WIDTH, page.getPrefWidth(), tab);
                assertEquals(a4.pageHeight(), page.getPrefHeight(), tab);
                for (String text : pageTexts(page)) {
                    assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("hover"),
                            tab + ": nothing on paper asks the reader to hover: " + text);
                }
            }
            if (tab.equals("learnTab")) {
                assertTrue(pages.stream().anyMatch(p -> p.lookup("#printReferences") != null),
                        "the papers a panel names are cited in full on paper");
            }
            if (tab.equals("claimsTab")) {
                assertTrue(pages.size() > 1, "the claims listed print on several sheets, not one tall picture");
            }
            List<Path> files = PrintPreview.sheetFiles(dataDir.resolve("print-" + tab + ".png"), pages.size());
            robot.interact(() -> context.exports().png(pages, a4.pngScale(), files, "status.summarySaved"));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> files.stream().allMatch(Files::exists));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ImageIO.read(files.get(files.size() - 1).toFile())
                    != null);
            BufferedImage first = ImageIO.read(files.get(0).toFile());
            // A4 at 200 dpi: 8.27 inches wide, with the sheet's proportions.
            assertEquals(1654, first.getWidth(), 1, tab);
            assertEquals(2339, first.getHeight(), 3, tab);
            if (look != null) {
                for (Path f : files) {
                    Files.copy(f, Path.of(look).resolve(f.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        robot.push(KeyCode.CONTROL, KeyCode.P);
        assertNotNull(robot.lookup("#printPreview").query());
        assertNotNull(robot.lookup("#printSavePngButton").query());
        assertNotNull(robot.lookup("#printPaperChoice").query());
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

    /** Every text a page shows: labels and text runs (a learn panel's paragraphs). */
    private static List<String> pageTexts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof javafx.scene.text.Text t && t.getText() != null) {
            out.add(t.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(pageTexts(c)));
        }
        return out;
    }
}
