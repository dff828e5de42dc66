package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import k2explorer.UsLocale;
import k2explorer.i18n.Messages;
import k2explorer.ui.coverage.TargetOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Parts of the first window that it does not show are made when first needed (docs/performance.md, "fxfirst
 * branch"): each appears, and works, when the user asks for it.
 */
@ExtendWith(UsLocale.class)
class BuiltWhenNeededUiTest extends AppWindowTest {
    private static void hoverUntilTooltipShows(FxRobot robot, Control control) throws Exception {
        robot.moveTo(control);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> control.getTooltip() != null && control.getTooltip().isShowing());
    }

    @Test
    void theSearchBoxsTooltipIsMadeOnHoverAndItsHelpIsThereBefore(FxRobot robot) throws Exception {
        Control search = robot.lookup("#searchField").queryAs(Control.class);
        String help = Messages.get("foods.search.tooltip");
        assertNull(search.getTooltip(), "made before any hover");
        assertEquals(help, search.getAccessibleHelp());
        hoverUntilTooltipShows(robot, search);
        assertEquals(help, search.getTooltip().getText());
    }

    @Test
    void theTargetsTooltipNamesTheChosenReferencesSourceOnHover(FxRobot robot) throws Exception {
        Control choice = robot.lookup("#targetChoice").queryAs(Control.class);
        assertNull(choice.getTooltip(), "made before any hover");
        String citation = targets().citationProperty().get();
        assertTrue(citation != null && !citation.isBlank(), "no citation for the default target");
        assertEquals(citation, choice.getAccessibleHelp());
        hoverUntilTooltipShows(robot, choice);
        assertEquals(citation, choice.getTooltip().getText());
        TargetOption other = targets().options().stream()
                .filter(o -> o.preset() != null && !o.equals(targets().optionProperty().get()))
                .findFirst().orElseThrow();
        robot.interact(() -> targets().optionProperty().set(other));
        assertEquals(targets().citationProperty().get(), choice.getTooltip().getText());
        assertEquals(targets().citationProperty().get(), choice.getAccessibleHelp());
    }

    @Test
    void theOwnAmountAndWeightFieldsAppearWithTheReferencesThatAskForThem(FxRobot robot) {
        assertTrue(robot.lookup("#customTargetField").tryQuery().isEmpty(), "own amount field made at start");
        assertTrue(robot.lookup("#bodyWeightField").tryQuery().isEmpty(), "body weight field made at start");
        robot.interact(() -> targets().optionProperty().set(TargetOption.CUSTOM));
        WaitForAsyncUtils.waitForFxEvents();
        TextField custom = robot.lookup("#customTargetField").queryAs(TextField.class);
        assertTrue(custom.isVisible() && custom.isManaged());
        assertTrue(!robot.lookup("#bodyWeightField").queryAs(Node.class).isVisible());
        robot.clickOn(custom).write("150");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(150, targets().targetProperty().get().microgramsPerDay(), 1e-9);

        TargetOption perKg = targets().options().stream()
                .filter(o -> o.preset() != null && o.preset().perKg()).findFirst().orElseThrow();
        robot.interact(() -> targets().optionProperty().set(perKg));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!custom.isVisible() && !custom.isManaged(), "own amount field still shown");
        TextField weight = robot.lookup("#bodyWeightField").queryAs(TextField.class);
        assertTrue(weight.isVisible() && weight.isManaged());
        robot.clickOn(weight).write("70");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(targets().targetProperty().get() != null, "no target from a typed body weight");
    }

    @Test
    void theSearchResultsStripIsBuiltWhenTheUserFirstTypes(FxRobot robot) {
        javafx.scene.layout.Pane strip = robot.lookup("#searchHits").queryAs(javafx.scene.layout.Pane.class);
        assertTrue(strip.getChildrenUnmodifiable().isEmpty() && !strip.isVisible(), "search results built at start");
        robot.clickOn("#searchField").write("warfarin");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(strip.isVisible());
        assertTrue(!strip.lookupAll(".search-hit").isEmpty(), "no links for a search with matches");
        javafx.scene.control.MenuButton all = robot.lookup("#searchHitsAll")
                .queryAs(javafx.scene.control.MenuButton.class);
        assertTrue(all.isVisible() && !all.getItems().isEmpty(), all.getText());
        robot.interact(() -> foods().queryProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!strip.isVisible(), "search results still shown for an empty box");
    }

    /** At the default text size the themes' own 14 px stands: no inline style for the first window to parse. */
    @Test
    void theDefaultTextSizeIsTheThemesWithoutAnInlineStyleAndOthersScaleIt(FxRobot robot) {
        javafx.scene.Parent root = robot.lookup("#mainWindow").queryAs(javafx.scene.Parent.class);
        javafx.scene.control.Labeled check = robot.lookup("#k2OnlyFilter").queryAs(javafx.scene.control.Labeled.class);
        assertEquals("", root.getStyle());
        assertEquals(14, check.getFont().getSize(), 0.01);
        robot.interact(() -> context.models().appearance().fontScaleProperty().set(125));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(17.5, check.getFont().getSize(), 0.01);
        robot.interact(() -> context.models().appearance().fontScaleProperty().set(100));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", root.getStyle());
        assertEquals(14, check.getFont().getSize(), 0.01);
    }

    @Test
    void theTablesMenuIsMadeWhenFirstAskedFor(FxRobot robot) {
        javafx.scene.control.TableView<?> table = foodsTable(robot);
        assertNull(table.getContextMenu(), "the table's menu made at start");
        Node cell = table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && !c.isEmpty()).findFirst()
                .orElseThrow();
        // What the platform sends on a right click (or the Menu key); headless Monocle sends none of its own.
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5,
                    b.getMinY() + 5, false, new javafx.scene.input.PickResult(cell, b.getMinX() + 5, b.getMinY() + 5)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = table.getContextMenu();
        assertTrue(menu != null && menu.isShowing(), "a right click shows the table's menu");
        assertTrue(menu.getItems().stream().anyMatch(i -> "compareMenuItem".equals(i.getId())));
        assertTrue(menu.getItems().stream().anyMatch(i -> "tableSortMenu".equals(i.getId())));
        robot.interact(menu::hide);
    }

    /** A filter box whose width is set makes its list when first opened; keys and the mouse choose as before. */
    @Test
    @SuppressWarnings("unchecked")
    void theFilterAndTargetBoxesMakeTheirListWhenFirstOpened(FxRobot robot) throws Exception {
        for (String id : new String[] {"groupFilter", "formFilter", "targetChoice"}) {
            javafx.scene.control.ComboBox<?> box = robot.lookup("#" + id).queryAs(javafx.scene.control.ComboBox.class);
            assertTrue(box.lookupAll(".list-view").isEmpty(), id + ": its list made with the window");
        }
        javafx.scene.control.ComboBox<String> groups = robot.lookup("#groupFilter")
                .queryAs(javafx.scene.control.ComboBox.class);
        String firstGroup = groups.getItems().get(1);
        robot.interact(groups::requestFocus);
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, groups::isShowing);
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>)
                ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) groups.getSkin()).getPopupContent();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.getScene().getWindow().isShowing() && list.getWidth() >= groups.getWidth(),
                "the list is not shown under the box");
        assertTrue(!list.lookupAll(".list-cell").isEmpty(), "the shown list has no rows");
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!groups.isShowing());
        assertEquals(firstGroup, foods().groupProperty().get());

        robot.clickOn("#formFilter").clickOn(Messages.get("foods.filter.hasForm",
                k2explorer.ui.common.EnumLabels.of(k2explorer.catalog.KForm.MK7)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(k2explorer.catalog.KForm.MK7, foods().formProperty().get());

        TargetOption other = targets().options().stream()
                .filter(o -> o.preset() != null && !o.equals(targets().optionProperty().get()))
                .findFirst().orElseThrow();
        robot.clickOn("#targetChoice").clickOn(other.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, targets().optionProperty().get());
    }

    /** The Learn tab's content is made when first shown: a "loading" note while the panels are read, then the panels. */
    @Test
    void theLearnTabSaysItIsLoadingWhenOpenedBeforeItsPanelsAreRead(FxRobot robot) {
        MainTabs tabs = window.tabs();
        assertNull(tabs.learnTab().getContent(), "the Learn tab's content made with the window");
        // As on a start where the user opens Learn before start-up has read the panels.
        robot.interact(() -> {
            tabs.setLearnPanels(null);
            tabs.getSelectionModel().select(tabs.learnTab());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node loading = tabs.learnTab().getContent();
        assertTrue(loading instanceof javafx.scene.control.Label l && l.getText().equals(Messages.get("learn.loading"))
                && l.isVisible(), "no loading note: " + loading);
        robot.interact(() -> tabs.setLearnPanels(k2explorer.learn.LearnPanels.load()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tabs.learnTab().getContent() instanceof k2explorer.ui.learn.LearnView,
                "the panels did not replace the note");
        assertTrue(!tabs.learnTab().getContent().lookupAll(".hyperlink").isEmpty()
                || !tabs.learnTab().getContent().lookupAll(".label").isEmpty(), "the Learn view is empty");
    }

    /**
     * The menus make their items when first opened; their shortcuts work from the start: F1 (Help → Keyboard
     * shortcuts) before the Help menu was ever opened, and a menu opens with its items.
     */
    @Test
    void aMenusShortcutWorksBeforeTheMenuWasOpenedAndTheMenuOpensWithItsItems(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu help = bar.getMenus().get(3);
        assertTrue(help.getItems().stream().noneMatch(i -> "keyboardHelpMenu".equals(i.getId())),
                "the Help menu's items made with the window");
        robot.interact(() -> foodsTable(robot).requestFocus());
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#keyboardHelpGrid").tryQuery().isPresent(), "F1 did not open the keyboard help");
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage)
                .filter(javafx.stage.Stage.class::isInstance).toList().forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Menu file = bar.getMenus().get(0);
        assertTrue(file.getItems().stream().noneMatch(i -> "printMenu".equals(i.getId())),
                "the File menu's items made before it opened");
        robot.interact(file::show);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuItem print = file.getItems().stream().filter(i -> "printMenu".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(file.isShowing(), "the File menu did not open");
        assertEquals(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.P,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), print.getAccelerator());
        assertTrue(!print.isDisable() && file.getItems().stream().anyMatch(i -> "quitMenu".equals(i.getId())));
        robot.interact(file::hide);
    }
}
