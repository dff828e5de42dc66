package k2explorer.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import k2explorer.i18n.Messages;

/** The menu bar: File, Food, View and Help, each item calling one of {@link MenuCommands}. */
final class MainMenu {
    private MainMenu() {
    }

    /**
     * @param noCatalog true while no catalog is shown (nothing to print or export yet)
     * @param notMyFood true while the selected food is not one of the user's (nothing to edit or delete)
     */
    static MenuBar of(MenuCommands actions, ObservableBooleanValue noCatalog, ObservableBooleanValue notMyFood,
                      Menu sortFoods) {
        MenuItem print = item("menu.file.print", "printMenu", KeyCode.P, actions::print);
        print.disableProperty().bind(noCatalog);
        MenuItem export = item("menu.file.exportCatalog", "exportCatalogMenu", KeyCode.E, actions::exportCatalog);
        export.disableProperty().bind(noCatalog);
        Menu file = new Menu(Messages.get("menu.file"), null, print, export, new SeparatorMenuItem(),
                item("menu.file.importMyFoods", "importMyFoodsMenu", null, actions::importMyFoods),
                item("menu.file.exportMyFoods", "exportMyFoodsMenu", null, actions::exportMyFoods),
                item("menu.file.importPlans", "importPlansMenu", null, actions::importPlans),
                item("menu.file.exportPlans", "exportPlansMenu", null, actions::exportPlans),
                new SeparatorMenuItem(),
                item("menu.file.backup", "backupMenu", null, actions::backUp),
                item("menu.file.restore", "restoreMenu", null, actions::restore),
                new SeparatorMenuItem(),
                item("menu.file.quit", "quitMenu", KeyCode.Q, actions::quit));
        MenuItem edit = item("menu.food.edit", "editMyFoodMenu", null, actions::editMyFood);
        edit.disableProperty().bind(notMyFood);
        MenuItem delete = item("menu.food.delete", "deleteMyFoodMenu", null, actions::deleteMyFood);
        delete.disableProperty().bind(notMyFood);
        Menu food = new Menu(Messages.get("menu.food"), null,
                item("menu.food.new", "newMyFoodMenu", KeyCode.N, actions::newMyFood), edit, delete);
        Menu view = new Menu(Messages.get("menu.view"), null, sortFoods, new SeparatorMenuItem(),
                item("menu.view.preferences", "preferencesMenu", KeyCode.COMMA, actions::preferences));
        MenuItem keys = item("menu.help.keyboard", "keyboardHelpMenu", null, actions::keyboardHelp);
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        Menu help = new Menu(Messages.get("menu.help"), null, keys,
                item("menu.help.aboutData", "aboutDataMenu", null, actions::aboutData),
                item("menu.help.about", "aboutMenu", null, actions::about));
        MenuBar bar = new MenuBar(file, food, view, help);
        bar.setId("menuBar");
        return bar;
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
}
