package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import k2explorer.ReadOnlyFolder;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.Plans;
import k2explorer.mine.store.UserDataStore;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The app starts on a data folder it cannot write: the user's foods and plans are shown, read-only, and it says why. */
class ReadOnlyFolderStartupTest extends AppWindowTest {
    private ReadOnlyFolder readOnly;

    private void dataInAFolderThatThenBecomesReadOnly() throws IOException {
        new CatalogStore(dataDir, BundledData.load()).open(ProgressListener.NONE);
        try (UserDataStore store = UserDataStore.open(dataDir).store()) {
            new MyFoods(store).save(new MyFood(null, "Natto from the shop", "Fermented soy", "label, 2026",
                    Map.of(KForm.MK7, 880.0), List.of()));
            new Plans(store).save(new DayPlan(null, "Monday", LocalDate.of(2026, 11, 23), List.of(
                    new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null))));
        }
        readOnly = ReadOnlyFolder.of(dataDir);
    }

    @AfterEach
    void writableAgain() throws IOException {
        if (readOnly != null) {
            readOnly.close();
        }
    }

    @Override
    protected void beforeStart() throws Exception {
        dataInAFolderThatThenBecomesReadOnly();
    }

    @Test
    void theUsersFoodsAndPlansAreShownReadOnlyWithTheReason(FxRobot robot) {
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("cannot be written") && status.contains(dataDir.toString()), status);
        assertFalse(status.contains("another K2 Explorer window") || status.contains("moved aside"), status);
        assertTrue(userStore().readOnly());
        assertEquals(List.of("Natto from the shop"), foods().allRows().stream()
                .filter(r -> r.food().origin() == FoodOrigin.MY_FOOD).map(r -> r.food().name()).toList());
        assertEquals(List.of("Monday"), plan().saved().stream().map(DayPlan::name).toList());
    }
}
