package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every menu shortcut works before its menu was ever opened (the scene holds it) and does what its item does;
 * every item that shows a shortcut has one on the scene.
 */
@ExtendWith(ApplicationExtension.class)
class MenuShortcutsUiTest {
    @Test
    void everySceneShortcutFiresItsItemAndEveryItemsShortcutIsOnTheScene(FxRobot robot) {
        robot.interact(() -> {
            List<String> called = new ArrayList<>();
            MenuCommands recording = (MenuCommands) Proxy.newProxyInstance(MenuCommands.class.getClassLoader(),
                    new Class<?>[]{MenuCommands.class}, (proxy, method, args) -> {
                        called.add(method.getName());
                        return null;
                    });
            MainMenu menu = new MainMenu(recording, new SimpleBooleanProperty(false),
                    new SimpleBooleanProperty(false), () -> new Menu("Sort by", null, new MenuItem("Name")));
            Scene scene = new Scene(new Group(menu.bar()));
            menu.acceleratorsOn(scene);
            assertFalse(scene.getAccelerators().isEmpty(), "no shortcuts on the scene");

            // Before any menu opened: each shortcut makes its menu's items and does something.
            Map<KeyCombination, String> bySceneShortcut = new HashMap<>();
            for (Map.Entry<KeyCombination, Runnable> shortcut : scene.getAccelerators().entrySet()) {
                called.clear();
                shortcut.getValue().run();
                assertEquals(1, called.size(), shortcut.getKey() + " did " + called);
                bySceneShortcut.put(shortcut.getKey(), called.get(0));
            }

            // Every item with a shortcut, in every menu, once opened.
            Map<KeyCombination, String> byItem = new LinkedHashMap<>();
            for (Menu m : menu.bar().getMenus()) {
                m.getOnShowing().handle(new Event(Menu.ON_SHOWING));
                for (MenuItem item : m.getItems()) {
                    if (item.getAccelerator() != null) {
                        called.clear();
                        item.fire();
                        byItem.put(item.getAccelerator(), String.join(",", called));
                    }
                }
            }
            assertEquals(byItem, bySceneShortcut);
        });
    }
}
