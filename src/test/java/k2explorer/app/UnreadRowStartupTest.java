package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.Plans;
import k2explorer.mine.store.UserDataStore;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A start on a user file with one value this version cannot read (a newer version's vitamin K form): the catalog and
 * every other food and plan are shown, the message names the row and does not blame the catalog, and the data can
 * be changed as usual.
 */
class UnreadRowStartupTest extends AppWindowTest {
    @Override
    protected void beforeStart() throws Exception {
        try (UserDataStore store = UserDataStore.open(dataDir).store()) {
            for (String name : List.of("Natto from the shop", "From a newer version")) {
                new MyFoods(store).save(new MyFood(null, name, "Fermented soy", "label, 2026",
                        Map.of(KForm.MK7, 880.0), List.of()));
            }
            new Plans(store).save(new DayPlan(null, "Monday", LocalDate.of(2026, 11, 23), List.of(
                    new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(UserDataStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE my_food_value SET form = 'MK15' WHERE food_id = (SELECT id FROM my_food WHERE "
                    + "name = 'From a newer version')");
        }
    }

    @Test
    void everythingElseIsShownAndTheRowIsNamed(FxRobot robot) throws Exception {
        awaitBackgroundWork();
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("MK15") && status.contains("my_food_value"), status);
        assertFalse(status.toLowerCase().contains("catalog could not"), status);
        assertTrue(foods().allRows().size() > 8_000, "the catalog's foods: " + foods().allRows().size());
        assertEquals(List.of("Natto from the shop"), foods().allRows().stream()
                .filter(r -> r.food().origin() == FoodOrigin.MY_FOOD).map(r -> r.food().name()).toList());
        assertEquals(List.of("Monday"), context.models().plan().saved().stream().map(DayPlan::name).toList());
        assertFalse(context.library().readOnly(), context.library().readOnlyReason());
    }
}
