package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javafx.scene.control.DialogPane;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.store.UserDataStore;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A folder where catalog.sqlite should be: the app starts with the full catalog from a temporary copy, shows the
 * user's own foods, leaves the folder alone, and says what it did.
 */
class CatalogFolderStartupTest extends AppWindowTest {
    @Override
    protected void beforeStart() throws Exception {
        Files.createDirectories(dataDir.resolve(CatalogStore.FILE_NAME).resolve("something of yours"));
        try (UserDataStore store = UserDataStore.open(dataDir).store()) {
            new MyFoods(store).save(new MyFood(null, "Natto from the shop", "Fermented soy", "label, 2026",
                    Map.of(KForm.MK7, 880.0), List.of()));
        }
    }

    @Test
    void theCatalogComesFromATemporaryCopyAndTheAppSaysSo(FxRobot robot) throws Exception {
        awaitBackgroundWork();
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("temporary copy") && status.contains(CatalogStore.FILE_NAME), status);
        assertTrue(foods().allRows().size() > 8_000, "the catalog's foods: " + foods().allRows().size());
        assertEquals(List.of("Natto from the shop"), foods().allRows().stream()
                .filter(r -> r.food().origin() == FoodOrigin.MY_FOOD).map(r -> r.food().name()).toList());
        assertTrue(robot.lookup(".dialog-pane").queryAll().stream().map(n -> ((DialogPane) n).getContentText())
                .anyMatch(t -> t != null && t.contains("temporary copy")), "a dialog says it");
        assertTrue(Files.isDirectory(dataDir.resolve(CatalogStore.FILE_NAME).resolve("something of yours")));
    }
}
