package k2explorer.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.store.SettingsFile;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving to a new computer: exporting foods and plans and importing both there restores every plan exactly (the
 * foods keep their ids); a backup carries the settings, which a restore hands back to be applied on request.
 */
class MoveToANewComputerTest {
    @TempDir
    Path old;
    @TempDir
    Path fresh;
    @TempDir
    Path files;

    @Test
    void exportedFoodsAndPlansImportedElsewhereRestoreThePlansExactly() throws Exception {
        MyFood saved;
        List<DayPlan> plansBefore;
        try (UserDataService library = UserDataService.open(old, TestFoods.catalog()).library()) {
            saved = library.saveMyFood(new MyFood(null, "Home natto", "Fermented soy", "my own batch",
                    Map.of(KForm.MK7, 800.0), List.of(new MyFood.MyPortion("1 bowl", 50)))).saved();
            library.savePlan(new DayPlan(null, "Monday", LocalDate.of(2026, 11, 23), List.of(
                    new DayPlan.Item(saved.catalogId(), saved.name(), 1, PlanUnit.SERVINGS, "1 bowl", 50.0),
                    new DayPlan.Item("kale", "Kale, raw", 30, PlanUnit.GRAMS, null, null))));
            plansBefore = library.contents().plans();
            library.exportMyFoods(files.resolve("foods.csv"));
            library.exportPlans(files.resolve("plans.csv"));
        }
        try (UserDataService library = UserDataService.open(fresh, TestFoods.catalog()).library()) {
            assertTrue(library.importMyFoods(files.resolve("foods.csv")).parsed().ok());
            UserDataService.PlanImport plans = library.importPlans(files.resolve("plans.csv"));
            assertEquals(List.of(), plans.unknownFoods());
            UserDataService.Contents now = library.contents();
            assertEquals(List.of(saved.id()), now.myFoods().stream().map(MyFood::id).toList());
            assertEquals(plansBefore.stream().map(p -> List.of(p.name(), p.date(), p.items())).toList(),
                    now.plans().stream().map(p -> List.of(p.name(), p.date(), p.items())).toList());
            for (DayPlan.Item item : now.plans().get(0).items()) {
                assertTrue(now.catalog().food(item.foodId()).isPresent(), item.foodId() + " is found");
            }
            UserDataService.Import again = library.importMyFoods(files.resolve("foods.csv"));
            assertTrue(again.parsed().problems().stream().anyMatch(p -> p.reason().contains("already")),
                    "a second import is refused, not a duplicate: " + again.parsed().problems());
        }
    }

    @Test
    void aBackupCarriesTheSettingsAndARestoreHandsThemBack() throws Exception {
        Map<String, String> settings = Map.of("target.option", "custom", "target.custom", "180",
                "appearance.theme", "dark", "foods.hiddenColumns", "MK-9,MK-10");
        new SettingsFile(old).save(settings);
        Path backup = files.resolve("backup.sqlite");
        try (UserDataService library = UserDataService.open(old, TestFoods.catalog()).library()) {
            library.saveMyFood(new MyFood(null, "Home natto", "", "batch", Map.of(KForm.MK7, 800.0), List.of()));
            library.backupTo(backup);
        }
        try (UserDataService library = UserDataService.open(fresh, TestFoods.catalog()).library()) {
            UserDataService.Restore restored = library.restoreFrom(backup);
            assertEquals(settings, restored.preferences());
            assertEquals(List.of("Home natto"), restored.contents().myFoods().stream().map(MyFood::name).toList());
            assertTrue(Files.notExists(fresh.resolve(SettingsFile.FILE_NAME)), "applied only on request");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh.resolve(UserDataStore.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                     + "'backup%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the live file holds data only");
        }
    }
}
