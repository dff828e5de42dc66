package k2explorer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import k2explorer.i18n.Messages;

/**
 * The menu bar: File, Food, View and Help, each item calling one of {@link MenuCommands}. The first window shows
 * only the menus' titles: each menu makes its items the first time it opens, and its shortcuts (Ctrl+P, F1 …) are
 * the scene's from the start, so a shortcut works before its menu was ever opened.
 */
final class MainMenu {
    private final MenuBar bar;
    private final List<Shortcut> shortcuts = new ArrayList<>();

    /** A menu item's shortcut: the menu that holds the item and the item's id. */
    private record Shortcut(KeyCombination keys, LazyMenu menu, String itemId) {
    }

    /**
     * @param noCatalog true while no catalog is shown (nothing to print or export yet)
     * @param notMyFood true while the selected food is not one of the user's (nothing to edit or delete)
     * @param sortFoods the View menu's "Sort by", made with the View menu's other items
     */
    MainMenu(MenuCommands actions, ObservableBooleanValue noCatalog, ObservableBooleanValue notMyFood,
             Supplier<Menu> sortFoods) {
        LazyMenu file = new LazyMenu("menu.file", () -> {
            MenuItem print = item("menu.file.print", "printMenu", KeyCode.P, actions::print);
            print.disableProperty().bind(noCatalog);
            MenuItem export = item("menu.file.exportCatalog", "exportCatalogMenu", KeyCode.E, actions::exportCatalog);
            export.disableProperty().bind(noCatalog);
            return List.of(print, export, new SeparatorMenuItem(),
                    item("menu.file.importMyFoods", "importMyFoodsMenu", null, actions::importMyFoods),
                    item("menu.file.exportMyFoods", "exportMyFoodsMenu", null, actions::exportMyFoods),
                    item("menu.file.importPlans", "importPlansMenu", null, actions::importPlans),
                    item("menu.file.exportPlans", "exportPlansMenu", null, actions::exportPlans),
                    new SeparatorMenuItem(),
                    item("menu.file.backup", "backupMenu", null, actions::backUp),
                    item("menu.file.restore", "restoreMenu", null, actions::restore),
                    new SeparatorMenuItem(),
                    item("menu.file.quit", "quitMenu", KeyCode.Q, actions::quit));
        });
        shortcut(KeyCode.P, file, "printMenu");
        shortcut(KeyCode.E, file, "exportCatalogMenu");
        shortcut(KeyCode.Q, file, "quitMenu");
        LazyMenu food = new LazyMenu("menu.food", () -> {
            MenuItem edit = item("menu.food.edit", "editMyFoodMenu", null, actions::editMyFood);
            edit.disableProperty().bind(notMyFood);
            MenuItem delete = item("menu.food.delete", "deleteMyFoodMenu", null, actions::deleteMyFood);
            delete.disableProperty().bind(notMyFood);
            return List.of(item("menu.food.new", "newMyFoodMenu", KeyCode.N, actions::newMyFood), edit, delete);
        });
        shortcut(KeyCode.N, food, "newMyFoodMenu");
        LazyMenu view = new LazyMenu("menu.view", () -> List.of(sortFoods.get(), new SeparatorMenuItem(),
                item("menu.view.preferences", "preferencesMenu", KeyCode.COMMA, actions::preferences)));
        shortcut(KeyCode.COMMA, view, "preferencesMenu");
        LazyMenu help = new LazyMenu("menu.help", () -> {
            MenuItem keys = item("menu.help.keyboard", "keyboardHelpMenu", null, actions::keyboardHelp);
            keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
            return List.of(keys, item("menu.help.aboutData", "aboutDataMenu", null, actions::aboutData),
                    item("menu.help.about", "aboutMenu", null, actions::about));
        });
        shortcuts.add(new Shortcut(new KeyCodeCombination(KeyCode.F1), help, "keyboardHelpMenu"));
        bar = new MenuBar(file.menu, food.menu, view.menu, help.menu);
        bar.setId("menuBar");
    }

    MenuBar bar() {
        return bar;
    }

    /**
     * Puts the items' shortcuts on {@code scene}: a shortcut makes its menu's items if they are not made yet and
     * fires its item, unless the item is disabled — as the menu's own shortcut does once the items are made.
     */
    void acceleratorsOn(Scene scene) {
        for (Shortcut s : shortcuts) {
            scene.getAccelerators().put(s.keys(), () -> {
                MenuItem item = s.menu().item(s.itemId());
                if (!item.isDisable()) {
                    item.fire();
                }
            });
        }
    }

    private void shortcut(KeyCode key, LazyMenu menu, String itemId) {
        shortcuts.add(new Shortcut(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), menu, itemId));
    }

    /** A menu item; with {@code shortcut}, reached by Ctrl (Cmd on macOS) and that key. */
    private static MenuItem item(String textKey, String id, KeyCode shortcut, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(textKey));
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * A menu whose items are made when it first opens. Until then it holds one empty item: a menu without items
     * does not open (and so would never ask for them).
     */
    private static final class LazyMenu {
        private final Menu menu;
        private Supplier<List<MenuItem>> items;

        LazyMenu(String textKey, Supplier<List<MenuItem>> items) {
            this.items = items;
            menu = new Menu(Messages.get(textKey), null, new MenuItem());
            // Before the menu shows: it opens with its items.
            menu.setOnShowing(e -> fill());
        }

        private void fill() {
            if (items != null) {
                menu.getItems().setAll(items.get());
                items = null;
            }
        }

        MenuItem item(String id) {
            fill();
            return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        }
    }
}
