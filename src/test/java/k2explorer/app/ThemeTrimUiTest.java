package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import k2explorer.UsLocale;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.packaging.TrimmedTheme;
import k2explorer.ui.appearance.ThemeChoice;
import k2explorer.ui.common.Dialogs;
import k2explorer.ui.foods.FoodPicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's theme is AtlantaFX's Primer without the rules for style classes no node of the app carries
 * (src/buildtools/theme-unused-classes.txt, TrimmedTheme): every tab, its sub-views, every dialog, menu, context menu,
 * drop-down list, date picker and tooltip, opened in light and dark, carries none of them — so the trimmed theme
 * looks exactly like the whole one. A view or dialog that starts to use a left-out control fails here.
 */
@ExtendWith(UsLocale.class)
class ThemeTrimUiTest extends AppWindowTest {
    static final Path UNUSED = Path.of("src", "buildtools", "theme-unused-classes.txt");
    /** Classes the walk must have met, or it did not open what it says it opens. */
    private static final List<String> MET = List.of("tab-pane", "table-view", "list-view", "menu-bar",
            "context-menu", "combo-box-popup", "date-picker-popup", "spinner", "titled-pane", "progress-bar",
            "choice-box", "menu-button", "check-box", "hyperlink", "split-pane", "scroll-pane", "bar-chart",
            "tooltip", "dialog-pane", "alert", "information", "warning", "error", "confirmation", "text-field",
            "show-hide-columns-button");

    /** Each style class met, with where it was first met. */
    private final Map<String, String> seen = new TreeMap<>();

    @Test
    void noViewDialogOrPopupCarriesAStyleClassTheTrimmedThemeLeavesOut(FxRobot robot) throws Exception {
        Set<String> unused = TrimmedTheme.unusedClasses(UNUSED);
        String mine = prepare(robot);
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            robot.interact(() -> appearance().themeProperty().set(theme));
            settle(robot);
            tabs(robot, theme.name());
            menus(robot, theme.name());
            dialogs(robot, theme.name(), mine);
        }
        System.out.println("style classes met: " + seen.keySet());
        for (String met : MET) {
            assertTrue(seen.containsKey(met), "the walk did not meet ." + met);
        }
        List<String> shown = new ArrayList<>();
        seen.forEach((styleClass, where) -> {
            if (unused.contains(styleClass)) {
                shown.add("." + styleClass + " at " + where);
            }
        });
        assertEquals(List.of(), shown, "style classes the trimmed theme has no rules for (" + UNUSED + ")");
        String original = TrimmedTheme.original(TrimmedTheme.THEMES.get(0)[0]);
        assertEquals(List.of(), unused.stream().filter(c -> !original.contains("." + c)).toList(),
                "classes in the list that the theme does not style (nothing to leave out)");
    }

    /** A food of the user's, one picked and two compared, a saved plan with a food: the views then show it all. */
    private String prepare(FxRobot robot) throws Exception {
        robot.interact(() -> context.models().userData().saveMyFood(new MyFood(null, "Natto, brand Kiri",
                "Fermented soy", "label of brand Kiri, 2026", Map.of(KForm.MK7, 880.0), List.of())));
        awaitBackgroundWork();
        String mine = foods().selectedProperty().get().food().id();
        robot.clickOn("#planTab");
        robot.interact(() -> robot.lookup("#planFoodPicker").queryAs(FoodPicker.class)
                .setValue(foods().row("lit:KAMAO2007:natto").orElseThrow()));
        robot.clickOn("#planAmountField").write("20");
        robot.clickOn("#planAddButton");
        robot.clickOn("#planNameField").write("Lunch");
        robot.clickOn("#planSaveButton");
        awaitBackgroundWork();
        robot.interact(() -> {
            foods().selectFood("lit:KAMAO2007:natto");
            compare().add(foods().visibleRows().subList(0, 2));
            studies().select("KNAPEN2013");
            claims().select("natto-80-percent");
        });
        return mine;
    }

    private void tabs(FxRobot robot, String theme) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle(robot);
            String where = theme + " " + tab.getId();
            look(where);
            popups(robot, tab.getContent(), where);
            switch (tab.getId()) {
                case "foodsTab" -> foodsExtras(robot, where);
                case "coverageTab" -> dialog(robot, () -> robot.lookup("#coverageTableButton").queryButton().fire(),
                        where + " as a table");
                case "compareTab" -> dialog(robot, () -> robot.lookup("#compareTableButton").queryButton().fire(),
                        where + " as a table");
                case "planTab" -> dialog(robot, () -> robot.lookup("#weeklyK1TableButton").queryButton().fire(),
                        where + " week as a table");
                case "claimsTab" -> claimsExtras(robot, where);
                default -> {
                }
            }
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
        settle(robot);
    }

    /** The table's and the search box's context menus, the column chooser, a tooltip, the search's hits. */
    private void foodsExtras(FxRobot robot, String where) {
        robot.rightClickOn(robot.lookup("#foodsTable .table-row-cell").queryAs(Node.class));
        shownPopups(robot, where + " table menu");
        robot.rightClickOn("#searchField");
        shownPopups(robot, where + " search box menu");
        robot.clickOn(".show-hide-columns-button");
        shownPopups(robot, where + " column chooser");
        robot.interact(() -> {
            Tooltip tip = new Tooltip("tip");
            Control target = robot.lookup("#k2OnlyFilter").queryAs(Control.class);
            target.setTooltip(target.getTooltip() == null ? tip : target.getTooltip());
            target.getTooltip().show(stage);
        });
        shownPopups(robot, where + " tooltip");
        robot.interact(() -> foods().queryProperty().set("natto"));
        settle(robot);
        look(where + " searching");
        popups(robot, robot.lookup("#searchHits").query(), where + " search hits");
        robot.interact(() -> foods().queryProperty().set(""));
        settle(robot);
    }

    /** One article claim by claim and the popular table row by row. */
    private void claimsExtras(FxRobot robot, String where) {
        robot.interact(() -> robot.lookup("#claimSeedTableButton").queryButton().fire());
        settle(robot);
        look(where + " popular table");
        robot.interact(() -> robot.lookup("#claimSeedTableBack").queryAs(javafx.scene.control.ButtonBase.class)
                .fire());
        settle(robot);
    }

    /** Each menu of the menu bar, and the View menu's "Sort by". */
    private void menus(FxRobot robot, String theme) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            robot.interact(menu::show);
            WaitForAsyncUtils.waitForFxEvents();
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub) {
                    robot.interact(sub::show);
                    WaitForAsyncUtils.waitForFxEvents();
                }
            }
            look(theme + " menu " + menu.getText());
            robot.interact(menu::hide);
        }
        hidePopups(robot);
    }

    /** Every dialog: from the menus, the messages of each kind, the import reports. */
    private void dialogs(FxRobot robot, String theme, String mine) throws Exception {
        for (String item : List.of("preferencesMenu", "keyboardHelpMenu", "aboutDataMenu", "aboutMenu",
                "printMenu", "newMyFoodMenu")) {
            dialog(robot, () -> menuItem(robot, item).fire(), theme + " " + item);
        }
        robot.interact(() -> foods().selectFood(mine));
        for (String item : List.of("editMyFoodMenu", "deleteMyFoodMenu")) {
            dialog(robot, () -> menuItem(robot, item).fire(), theme + " " + item);
        }
        for (Alert.AlertType type : new Alert.AlertType[] {Alert.AlertType.ERROR, Alert.AlertType.WARNING}) {
            dialog(robot, () -> Dialogs.alert(stage, type, "header", "message").show(), theme + " " + type);
        }
        Path bad = dataDir.resolve("bad.csv");
        Files.writeString(bad, "name;source;MK-7\nBad;label;-1\n");
        dialog(robot, () -> window.importMyFoods(bad), theme + " import with problems");
        Path good = dataDir.resolve("good-" + theme + ".csv");
        Files.writeString(good, "name;source;MK-7\nGood " + theme + ";label;10\n");
        dialog(robot, () -> window.importMyFoods(good), theme + " import done");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = menuItems(bar)
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isDisable(), id + " is enabled");
        return item;
    }

    /** Opens a dialog (later: it may wait for the user), walks it and its drop-down lists, and closes it. */
    private void dialog(FxRobot robot, Runnable open, String where) {
        List<Window> before = List.copyOf(Window.getWindows());
        Platform.runLater(open);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            awaitBackgroundWork();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Window> opened = Window.getWindows().stream().filter(w -> !before.contains(w)).toList();
        assertFalse(opened.isEmpty(), where + ": no window opened");
        look(where);
        for (Window w : opened) {
            popups(robot, w.getScene().getRoot(), where);
        }
        for (Window w : opened) {
            robot.interact(() -> close(w));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Closes a dialog by its Cancel or Close button (or its only one), as a person would; other windows are hidden. */
    private static void close(Window window) {
        if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
            ButtonType chosen = pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData().isCancelButton()
                            || b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                    .findFirst().orElse(pane.getButtonTypes().isEmpty() ? null : pane.getButtonTypes().get(0));
            if (chosen != null && pane.lookupButton(chosen) instanceof Button button) {
                button.fire();
                return;
            }
        }
        window.hide();
    }

    /** Opens each drop-down list, date picker and menu button under {@code root} in turn and walks what it shows. */
    private void popups(FxRobot robot, Node root, String where) {
        List<Control> openers = new ArrayList<>();
        each(root, n -> {
            if ((n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?> || n instanceof MenuButton)
                    && n.isVisible() && !n.isDisabled() && n.getScene() != null) {
                openers.add((Control) n);
            }
        });
        for (Control opener : openers) {
            robot.interact(() -> {
                if (opener instanceof ComboBoxBase<?> box) {
                    box.show();
                } else if (opener instanceof ChoiceBox<?> box) {
                    box.show();
                } else {
                    ((MenuButton) opener).show();
                }
            });
            shownPopups(robot, where + " " + (opener.getId() == null ? opener.getClass().getSimpleName()
                    : "#" + opener.getId()));
        }
    }

    /** Walks the windows now, then hides every popup. */
    private void shownPopups(FxRobot robot, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        look(where);
        hidePopups(robot);
    }

    private static void hidePopups(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow).toList()
                .forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every style class of every node of every window shown now, and of what those nodes will show. */
    private void look(String where) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                each(w.getScene().getRoot(), n -> note(n, where));
            }
        }
    }

    private void note(Node node, String where) {
        classes(node, where + " (" + node.getClass().getSimpleName() + (node.getId() == null ? "" : " #"
                + node.getId()) + ")");
        if (node instanceof Control c) {
            if (c.getTooltip() != null) {
                classes(c.getTooltip(), where + " tooltip");
            }
            ContextMenu menu = c.getContextMenu();
            if (menu != null) {
                classes(menu, where + " context menu");
                menu.getItems().forEach(i -> item(i, where));
            }
        }
        if (node instanceof TabPane pane) {
            pane.getTabs().forEach(t -> classes(t, where + " tab"));
        }
        if (node instanceof MenuBar bar) {
            menuItems(bar); // each menu's items, made as opening it makes them
            bar.getMenus().forEach(m -> item(m, where));
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(i -> item(i, where));
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(c, where));
        }
    }

    private void item(MenuItem item, String where) {
        classes(item, where + " menu item " + item.getId());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> item(i, where));
        }
    }

    private void column(TableColumnBase<?, ?> column, String where) {
        classes(column, where + " column " + column.getId());
        column.getColumns().forEach(c -> column(c, where));
    }

    private void classes(Styleable styleable, String where) {
        styleable.getStyleClass().forEach(c -> seen.putIfAbsent(c, where));
    }

    private static void each(Node node, Consumer<Node> action) {
        if (node == null) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent p) {
            for (Node child : List.copyOf(p.getChildrenUnmodifiable())) {
                each(child, action);
            }
        }
    }

    private void settle(FxRobot robot) {
        for (int pass = 0; pass < 2; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
