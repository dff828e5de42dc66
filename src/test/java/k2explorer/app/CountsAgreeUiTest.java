package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import k2explorer.UsLocale;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.store.UserDataStore;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** With a food of the user's own, the status bar, the Foods table and About the data count the same foods. */
@ExtendWith(UsLocale.class)
class CountsAgreeUiTest extends AppWindowTest {
    @Override
    protected void beforeStart() throws Exception {
        try (UserDataStore store = UserDataStore.open(dataDir).store()) {
            MyFoods.SaveResult saved = new MyFoods(store).save(new MyFood(null, "Natto, my brand", "Fermented soy",
                    "label, 2026", Map.of(KForm.MK7, 870.0), List.of(new MyFood.MyPortion("1 pack", 45))));
            assertTrue(saved.ok(), saved.problems().toString());
        }
    }

    @Test
    void theStatusBarTheTableAndAboutTheDataSayTheSameNumberOfFoods(FxRobot robot) {
        robot.interact(() -> foods().oneRowPerFamilyProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        int foods = foods().catalogProperty().get().foods().size();
        assertTrue(foods().catalogProperty().get().foods().stream().anyMatch(f -> f.id().startsWith("my:")));
        String n = String.format("%,d", foods);
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        assertTrue(status.startsWith(n + " foods"), status + " vs " + n);
        String table = robot.lookup("#foodsSummary").queryAs(Label.class).getText();
        assertEquals("Showing " + n + " of " + n + " foods", table);
        String about = AboutDialogs.dataText(foods().catalogProperty().get());
        assertTrue(about.contains(n + " foods in all"), about);
        assertTrue(about.contains("Release 28 (2016)") && about.contains("Ciqual") && about.contains("K2viewer"), about);
        assertTrue(!about.contains("Release 26") && !about.contains("8,463"), about);
        robot.interact(() -> foods().oneRowPerFamilyProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        String families = robot.lookup("#foodsSummary").queryAs(Label.class).getText();
        assertTrue(families.endsWith(", " + n + " foods)"), families);
    }
}
