package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import k2explorer.ui.foods.FoodRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does with the keyboard (and the header clicks that must never unsort the table by surprise). */
class KeyboardUiTest extends AppWindowTest {
    @Test
    void clickingTheSortedHeaderReversesItAndNeverLeavesTheTableUnsorted(FxRobot robot) {
        TableView<FoodRow> table = foodsTable(robot);
        TableColumn<FoodRow, ?> totalK2 = table.getSortOrder().get(0);
        assertEquals("colTotalK2", totalK2.getId());
        assertEquals(TableColumn.SortType.DESCENDING, totalK2.getSortType());
        robot.clickOn("#colTotalK2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(totalK2), List.copyOf(table.getSortOrder()), "still sorted by Total K2");
        assertEquals(TableColumn.SortType.ASCENDING, totalK2.getSortType(), "reversed: lowest first");
        robot.clickOn("#colTotalK2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(totalK2), List.copyOf(table.getSortOrder()));
        assertEquals(TableColumn.SortType.DESCENDING, totalK2.getSortType(), "reversed again: richest first");
        assertEquals("Natto", table.getItems().get(0).name());
    }

    @Test
    void shiftF10OpensTheTableMenuWhoseSortByReordersTheTable(FxRobot robot) {
        TableView<FoodRow> table = foodsTable(robot);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = table.getContextMenu();
        assertTrue(menu.isShowing(), "Shift+F10 opens the table's menu");
        Menu sortBy = (Menu) menu.getItems().stream().filter(i -> "tableSortMenu".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(menu::hide);
        robot.interact(() -> sortBy.getOnShowing().handle(null));
        MenuItem byName = sortBy.getItems().stream().filter(i -> "sortByName".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(byName::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("colName", table.getSortOrder().get(0).getId());
        assertEquals(TableColumn.SortType.ASCENDING, table.getSortOrder().get(0).getSortType(), "names A–Z");
        robot.interact(() -> sortBy.getOnShowing().handle(null));
        MenuItem again = sortBy.getItems().stream().filter(i -> "sortByName".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(again::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TableColumn.SortType.DESCENDING, table.getSortOrder().get(0).getSortType(),
                "the same column again reverses it");
    }

    @Test
    void enterOnAFocusedLinkOpensIt(FxRobot robot) {
        assertFalse(foods().oneRowPerFamilyProperty().get());
        Hyperlink families = robot.lookup("#welcomeFamilies").queryAs(Hyperlink.class);
        robot.interact(families::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(foods().oneRowPerFamilyProperty().get(), "Enter on the focused link followed it");
    }

    @Test
    void theFoodDetailsAreReachedByTabAndF1ListsEveryKeyboardPath(FxRobot robot) throws Exception {
        robot.interact(() -> foods().selectFood("lit:KAMAO2007:natto"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#foodDetail").query().isFocusTraversable(), "Tab reaches the detail pane");
        // every shortcut in F1 is in docs/ui-ids.md's keyboard table, and the other way round
        String ids = Files.readString(Path.of("docs/ui-ids.md"));
        String keyboard = ids.substring(ids.indexOf("## Keyboard"));
        for (String[] line : KeyboardHelp.shortcuts()) {
            assertTrue(keyboard.contains("| " + line[0] + " |"), "docs/ui-ids.md lists " + line[0]);
        }
        long rows = keyboard.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| keys")).count();
        assertEquals(KeyboardHelp.shortcuts().size(), rows, "docs/ui-ids.md lists what F1 lists, no more");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#keyboardHelpGrid").query());
    }

    @Test
    void aFoodTheSearchHidesIsNotLeftOpenAndTheNextFoodsDetailsStartAtTheTop(FxRobot robot) throws Exception {
        robot.interact(() -> foods().selectFood("lit:KAMAO2007:natto"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane detail = robot.lookup("#foodDetail").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> detail.setVvalue(1));
        robot.interact(() -> foods().selectFood("k2c:edam"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, detail.getVvalue(), "Edam's details start at their top");
        robot.interact(() -> foods().queryProperty().set("natto"));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> foods().visibleRows().stream().noneMatch(r -> r.food().id().equals("k2c:edam")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, foods().selectedProperty().get(), "Edam, hidden by the search, is no longer shown");
        assertTrue(robot.lookup("#detailTitle").tryQuery().isEmpty(), "no detail pane left open on it");
    }
}
