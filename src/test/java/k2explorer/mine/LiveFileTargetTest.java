package k2explorer.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Back up, Export my foods and Export plans refuse the live user file, what SQLite keeps beside it, and any link
 * to them: the data stays, later saves really are saved, and the next start shows everything.
 */
class LiveFileTargetTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    @Test
    void noBackupOrExportCanReplaceTheLiveFileOrALinkToIt() throws Exception {
        Path file = dir.resolve(UserDataStore.FILE_NAME);
        List<Path> targets = new ArrayList<>();
        for (String name : List.of(UserDataStore.FILE_NAME, UserDataStore.FILE_NAME + "-wal",
                UserDataStore.FILE_NAME + "-shm", "user-data.lock")) {
            targets.add(dir.resolve(name));
        }
        targets.add(dir.resolve("sub").resolve("..").resolve(UserDataStore.FILE_NAME));
        targets.add(Files.createSymbolicLink(elsewhere.resolve("shortcut.sqlite"), file));
        targets.add(Files.createSymbolicLink(elsewhere.resolve("folder link"), dir).resolve(UserDataStore.FILE_NAME));
        Files.createDirectories(dir.resolve("sub"));
        try (UserDataService library = UserDataService.open(dir, TestFoods.catalog()).library()) {
            library.saveMyFood(new MyFood(null, "Natto", "Fermented soy", "label", Map.of(KForm.MK7, 870.0),
                    List.of()));
            library.savePlan(new DayPlan(null, "Monday", LocalDate.of(2026, 11, 23), List.of(
                    new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null))));
            targets.add(Files.createLink(elsewhere.resolve("hard link.sqlite"), file));
            for (Path target : targets) {
                UserDataException backup = assertThrows(UserDataException.class, () -> library.backupTo(target),
                        target.toString());
                assertTrue(backup.getMessage().contains("Choose another name"), backup.getMessage());
                IOException foods = assertThrows(IOException.class, () -> library.exportMyFoods(target));
                assertTrue(foods.getMessage().contains("Choose another name"), foods.getMessage());
                assertThrows(IOException.class, () -> library.exportPlans(target));
            }
            UserDataException restore = assertThrows(UserDataException.class, () -> library.restoreFrom(file));
            assertTrue(restore.getMessage().contains("not a backup"), restore.getMessage());
            library.saveMyFood(new MyFood(null, "Saved later", "Fermented soy", "label", Map.of(KForm.K1, 1.0),
                    List.of()));
            Path backup = elsewhere.resolve("backup.sqlite");
            library.backupTo(backup);
            assertTrue(Files.size(backup) > 0, "other targets still work");
        }
        UserDataService.Opening again = UserDataService.open(dir, TestFoods.catalog());
        try (UserDataService library = again.library()) {
            assertEquals(UserDataStore.Status.OK, again.status(), again.message());
            assertEquals(List.of("Natto", "Saved later"), again.contents().myFoods().stream().map(MyFood::name)
                    .toList());
            assertEquals(List.of("Monday"), again.contents().plans().stream().map(DayPlan::name).toList());
        }
    }
}
