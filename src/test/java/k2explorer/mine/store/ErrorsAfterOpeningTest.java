package k2explorer.mine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read or a save that fails after the file has opened (the file was changed by another program, the disk failed)
 * is told in the user's words, naming the file and what was being read or saved, never with SQLite's own text; and
 * it loses nothing: what was saved before is still there.
 */
class ErrorsAfterOpeningTest {
    @TempDir
    Path dir;

    @Test
    void aSaveThatFailsNamesTheFileAndWhatWasSavedAndKeepsEverythingElse() throws SQLException {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(UserDataStoreTest.natto("Kept natto"));
            new Plans(store).save(UserDataStoreTest.plan("Kept plan", LocalDate.of(2026, 11, 23)));
            // Another program adds a rule to the file that refuses every further change.
            changeFromOutside("CREATE TRIGGER refuse_foods BEFORE INSERT ON my_food "
                    + "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END",
                    "CREATE TRIGGER refuse_plans BEFORE UPDATE ON plan "
                    + "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END");

            UserDataException food = assertThrows(UserDataException.class,
                    () -> new MyFoods(store).save(UserDataStoreTest.natto("New natto")));
            assertPlain(food.getMessage(), "the food “New natto”");

            DayPlan kept = new Plans(store).all().get(0);
            UserDataException plan = assertThrows(UserDataException.class, () -> new Plans(store).save(
                    new DayPlan(kept.id(), "Renamed plan", kept.date(), kept.items().subList(0, 1))));
            assertPlain(plan.getMessage(), "the plan “Renamed plan”");

            assertEquals(List.of("Kept natto"), new MyFoods(store).all().stream().map(MyFood::name).toList());
            assertEquals(List.of(kept), new Plans(store).all(), "the plan is kept whole, items and all");
        }
    }

    @Test
    void aReadThatFailsNamesTheFileAndWhatWasRead() throws SQLException {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(UserDataStoreTest.natto("Kept natto"));
            changeFromOutside("ALTER TABLE my_food_portion RENAME TO portions_elsewhere");
            UserDataException e = assertThrows(UserDataException.class, () -> new MyFoods(store).all());
            assertPlain(e.getMessage(), "your foods");
            assertFalse(e.getMessage().contains("no such table"), e.getMessage());
        }
    }

    /** A disk that fills up while the user saves: the save that does not fit says so, and nothing is lost. */
    @Test
    void aSaveOnAFullDiskSaysTheDiskIsFullAndKeepsEverySaveBefore() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("small disk"));
        try (var disk = k2explorer.SmallDisk.mounted(folder, 256)) {
            try (UserDataStore store = UserDataStore.open(folder).store()) {
                MyFoods foods = new MyFoods(store);
                int saved = 0;
                UserDataException full = null;
                while (full == null && saved < 10_000) {
                    MyFood food = new MyFood(null, "Filler " + saved, "", "label ".repeat(160),
                            Map.of(KForm.K1, 1.0 + saved), List.of());
                    try {
                        assertTrue(foods.save(food).ok());
                        saved++;
                    } catch (UserDataException e) {
                        full = e;
                    }
                }
                assertTrue(full != null && saved > 0, "the disk filled up after " + saved + " foods");
                assertTrue(full.getMessage().contains("full"), full.getMessage());
                assertTrue(full.getMessage().contains(folder.resolve(UserDataStore.FILE_NAME).toString()),
                        full.getMessage());
                assertTrue(full.getMessage().contains("the food “Filler " + saved + "”"), full.getMessage());
                assertFalse(full.getMessage().contains("SQLITE"), full.getMessage());
                assertEquals(saved, foods.all().size(), "every food saved before the disk filled up is kept");
            }
        }
    }

    private void changeFromOutside(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(UserDataStore.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private void assertPlain(String message, String what) {
        assertTrue(message.contains(what), "names what: " + message);
        assertTrue(message.contains(dir.resolve(UserDataStore.FILE_NAME).toString()), "names the file: " + message);
        for (String sqliteText : List.of("SQLITE", "refused by trigger", "[", "abort")) {
            assertFalse(message.contains(sqliteText), "\"" + sqliteText + "\" in: " + message);
        }
    }
}
