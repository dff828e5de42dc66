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

    /** Something a menu makes when it first opens: an item, a separator or a submenu. */
    @FunctionalInterface
    private interface Entry {
        MenuItem make();
    }

    /**
     * A menu item, declared once: its text, id, shortcut (null for none; also the scene's), what it does, and
     * when it is disabled (null for never).
     */
    private record Command(String textKey, String id, KeyCombination keys, Runnable action,
                           ObservableBooleanValue disabled) implements Entry {
        @Override
        public MenuItem make() {
            MenuItem item = new MenuItem(Messages.get(textKey));
            item.setId(id);
            if (keys != null) {
                item.setAccelerator(keys);
            }
            if (disabled != null) {
                item.disableProperty().bind(disabled);
            }
            item.setOnAction(e -> action.run());
            return item;
        }
    }

    private static final Entry SEPARATOR = SeparatorMenuItem::new;

    /**
     * @param noCatalog true while no catalog is shown (nothing to print or export yet)
     * @param notMyFood true while the selected food is not one of the user's (nothing to edit or delete)
     * @param sortFoods the View menu's "Sort by", made with the View menu's other items
     */
    MainMenu(MenuCommands actions, ObservableBooleanValue noCatalog, ObservableBooleanValue notMyFood,
             Supplier<Menu> sortFoods) {
        LazyMenu file = menu("menu.file",
                new Command("menu.file.print", "printMenu", ctrl(KeyCode.P), actions::print, noCatalog),
                new Command("menu.file.exportCatalog", "exportCatalogMenu", ctrl(KeyCode.E), actions::exportCatalog,
                        noCatalog),
                SEPARATOR,
                command("menu.file.importMyFoods", "importMyFoodsMenu", actions::importMyFoods),
                command("menu.file.exportMyFoods", "exportMyFoodsMenu", actions::exportMyFoods),
                command("menu.file.importPlans", "importPlansMenu", actions::importPlans),
                command("menu.file.exportPlans", "exportPlansMenu", actions::exportPlans),
                SEPARATOR,
                command("menu.file.backup", "backupMenu", actions::backUp),
                command("menu.file.restore", "restoreMenu", actions::restore),
                SEPARATOR,
                new Command("menu.file.quit", "quitMenu", ctrl(KeyCode.Q), actions::quit, null));
        LazyMenu food = menu("menu.food",
                new Command("menu.food.new", "newMyFoodMenu", ctrl(KeyCode.N), actions::newMyFood, null),
                new Command("menu.food.edit", "editMyFoodMenu", null, actions::editMyFood, notMyFood),
                new Command("menu.food.delete", "deleteMyFoodMenu", null, actions::deleteMyFood, notMyFood));
        LazyMenu view = menu("menu.view", sortFoods::get, SEPARATOR,
                new Command("menu.view.preferences", "preferencesMenu", ctrl(KeyCode.COMMA), actions::preferences,
                        null));
        LazyMenu help = menu("menu.help",
                new Command("menu.help.keyboard", "keyboardHelpMenu", new KeyCodeCombination(KeyCode.F1),
                        actions::keyboardHelp, null),
                command("menu.help.aboutData", "aboutDataMenu", actions::aboutData),
                command("menu.help.about", "aboutMenu", actions::about));
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

    /** A menu of {@code entries}, whose items' shortcuts go on the scene ({@link #acceleratorsOn}). */
    private LazyMenu menu(String textKey, Entry... entries) {
        LazyMenu menu = new LazyMenu(textKey, List.of(entries));
        for (Entry entry : entries) {
            if (entry instanceof Command c && c.keys() != null) {
                shortcuts.add(new Shortcut(c.keys(), menu, c.id()));
            }
        }
        return menu;
    }

    /** Ctrl (Cmd on macOS) and {@code key}. */
    private static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** An item without a shortcut, never disabled. */
    private static Command command(String textKey, String id, Runnable action) {
        return new Command(textKey, id, null, action, null);
    }

    /**
     * A menu whose items are made when it first opens. Until then it holds one empty item: a menu without items
     * does not open (and so would never ask for them).
     */
    private static final class LazyMenu {
        private final Menu menu;
        private List<Entry> entries;

        LazyMenu(String textKey, List<Entry> entries) {
            this.entries = entries;
            menu = new Menu(Messages.get(textKey), null, new MenuItem());
            // Before the menu shows: it opens with its items.
            menu.setOnShowing(e -> fill());
        }

        private void fill() {
            if (entries != null) {
                menu.getItems().setAll(entries.stream().map(Entry::make).toList());
                entries = null;
            }
        }

        MenuItem item(String id) {
            fill();
            return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        }
    }
}
