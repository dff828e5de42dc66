package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.store.UserDataStore;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A catalog file whose snapshot is cut short and whose tables hold a value this app does not know is rebuilt at
 * start, and the user's own foods still show.
 */
class CorruptCatalogStartupTest extends AppWindowTest {
    @Override
    protected void beforeStart() throws Exception {
        Path catalog = new CatalogStore(dataDir, BundledData.load()).open(ProgressListener.NONE).file();
        try (UserDataStore store = UserDataStore.open(dataDir).store()) {
            new MyFoods(store).save(new MyFood(null, "Natto from the shop", "Fermented soy", "label, 2026",
                    Map.of(KForm.MK7, 880.0), List.of()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalog);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE snapshot SET data = substr(data, 1, 1000)");
            s.executeUpdate("UPDATE k_value SET evidence_level = 'X' WHERE rowid = 1");
        }
    }

    @Test
    void theCatalogIsRebuiltAndTheFoodsAndTheUsersFoodsAreShown(FxRobot robot) {
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        assertTrue(status.matches("[0-9,.\u00A0\u202F' ]+ foods · .*"), "the catalog counts, not an error: " + status);
        assertTrue(foods().allRows().size() > 10_000, "the catalog's foods are back: " + foods().allRows().size());
        assertEquals(List.of("Natto from the shop"), foods().allRows().stream()
                .filter(r -> r.food().origin() == FoodOrigin.MY_FOOD).map(r -> r.food().name()).toList());
    }
}
