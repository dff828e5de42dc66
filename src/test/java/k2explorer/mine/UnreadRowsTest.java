package k2explorer.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.mine.foods.ImportProblem;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.Plans;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * One value this version cannot read (a newer version's form, a hand-edited date, an unknown unit, a negative amount)
 * hides only the food or plan it belongs to: everything else is shown, the catalog loads, one message names the
 * file, table, row and value, and the row stays in the file.
 */
class UnreadRowsTest {
    @TempDir
    Path dir;

    private static MyFood food(String name) {
        return new MyFood(null, name, "Fermented soy", "label", Map.of(KForm.MK7, 870.0), List.of());
    }

    private static DayPlan plan(String name) {
        return new DayPlan(null, name, LocalDate.of(2026, 11, 23), List.of(
                new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null)));
    }

    @Test
    void badRowsAreNamedAndKeptAndEverythingElseIsShown() throws Exception {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            for (String name : List.of("Good food", "Newer form", "Negative")) {
                new MyFoods(store).save(food(name));
            }
            for (String name : List.of("Good plan", "Odd date", "Odd unit", "Far future", "Huge name")) {
                new Plans(store).save(plan(name));
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        try (Connection c = config.createConnection("jdbc:sqlite:" + dir.resolve(UserDataStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA ignore_check_constraints = ON");
            s.execute("UPDATE my_food_value SET form = 'MK14' WHERE food_id = (SELECT id FROM my_food WHERE name = "
                    + "'Newer form')");
            s.execute("UPDATE my_food_value SET ug_per_100g = -5 WHERE food_id = (SELECT id FROM my_food WHERE "
                    + "name = 'Negative')");
            s.execute("UPDATE plan SET plan_date = '23/11/2026' WHERE name = 'Odd date'");
            s.execute("UPDATE plan SET name = 'Huge ' || printf('%.10000000c', 'x') WHERE name = 'Huge name'");
            s.execute("UPDATE plan SET plan_date = '+999999999-12-31' WHERE name = 'Far future'");
            s.execute("UPDATE plan_item SET unit = 'CUPS' WHERE plan_id = (SELECT id FROM plan WHERE name = "
                    + "'Odd unit')");
        }
        UserDataService.Opening opening = UserDataService.open(dir, TestFoods.catalog());
        try (UserDataService library = opening.library()) {
            assertEquals(List.of("Good food"), opening.contents().myFoods().stream().map(MyFood::name).toList());
            assertEquals(List.of("Good plan"), opening.contents().plans().stream().map(DayPlan::name).toList());
            assertTrue(opening.contents().catalog().foods().size() > TestFoods.catalog().foods().size(),
                    "the catalog loads, with the readable food in it");
            String message = opening.message();
            assertTrue(message.contains(dir.resolve(UserDataStore.FILE_NAME).toString()), message);
            for (String named : List.of("my_food_value", "MK14", "-5", "plan_date", "23/11/2026",
                    "+999999999-12-31", "plan_item", "CUPS", "6 row(s)")) {
                assertTrue(message.contains(named), named + " in: " + message);
            }
            assertTrue(!message.toLowerCase().contains("catalog"), message);
            assertTrue(message.length() < 2_000, "the message does not repeat a 10 MB name");
        }
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve(UserDataStore.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM my_food), (SELECT count(*) FROM plan), "
                     + "(SELECT count(*) FROM my_food_value WHERE form = 'MK14')")) {
            rs.next();
            assertEquals(List.of(3, 5, 1), List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)), "kept untouched");
        }
    }

    /** A plan file naming foods this library does not have is imported, and each such food is reported. */
    @Test
    void plansWithFoodsNotKnownHereAreReported() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("plans.csv"), "plan,date,food_id,food,amount,unit\n"
                + "Monday,2026-11-23,natto,Natto,40,grams\nMonday,2026-11-23,my:gone,Home natto,30,grams\n"
                + "Tuesday,2026-11-24,usda:99999,Mystery,10,grams\n");
        try (UserDataService library = UserDataService.open(dir, TestFoods.catalog()).library()) {
            UserDataService.PlanImport imported = library.importPlans(file);
            assertEquals(2, imported.plans().size());
            assertEquals(2, imported.unknownFoods().size(), imported.unknownFoods().toString());
            assertTrue(imported.unknownFoods().get(0).contains("Monday") && imported.unknownFoods().get(0)
                    .contains("my:gone") && imported.unknownFoods().get(0).contains("Home natto"),
                    imported.unknownFoods().toString());
            assertTrue(imported.unknownFoods().get(1).contains("usda:99999"), imported.unknownFoods().toString());
        }
    }

    /**
     * A plan file naming a plan the user has is refused on the line that names it, nothing added: a plan this version
     * cannot read (hidden, not gone) holds its name too, as when a plan is saved or renamed; its message asks only
     * for a new name, since the user can neither see nor delete that plan.
     */
    @Test
    void aPlanFileNamingAPlanTheUserHasIsRefusedEvenIfThatPlanCannotBeRead() throws Exception {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            for (String name : List.of("Monday", "Odd unit")) {
                new Plans(store).save(plan(name));
            }
        }
        editFile("UPDATE plan_item SET unit = 'CUPS' WHERE plan_id = (SELECT id FROM plan WHERE name = 'Odd unit')");
        Path file = java.nio.file.Files.writeString(dir.resolve("plans.csv"), "plan,date,food_id,food,amount,unit\n"
                + "MONDAY,2026-11-23,natto,Natto,40,grams\nodd UNIT,2026-11-23,natto,Natto,30,grams\n"
                + "Tuesday,2026-11-24,natto,Natto,10,grams\n");
        try (UserDataService library = UserDataService.open(dir, TestFoods.catalog()).library()) {
            UserDataService.PlanImport imported = library.importPlans(file);
            assertEquals(List.of(new ImportProblem(2, "plan", Messages.get("import.plan.existing", "MONDAY")),
                    new ImportProblem(3, "plan", Messages.get("import.plan.existingUnread", "odd UNIT"))),
                    imported.parsed().problems());
            assertEquals(null, imported.plans(), "nothing imported");
            assertEquals(List.of("Monday"), new Plans(library.store()).all().stream().map(DayPlan::name).toList());
        }
    }

    /**
     * A food file naming a food the user has is refused on the line that names it, nothing added: a food this version
     * cannot read (hidden, not gone) holds its name too, as when a food is saved or renamed; its message asks only
     * for a new name, since the user can neither see nor delete that food.
     */
    @Test
    void aFoodFileNamingAFoodTheUserHasIsRefusedEvenIfThatFoodCannotBeRead() throws Exception {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            for (String name : List.of("Home natto", "Newer form")) {
                new MyFoods(store).save(food(name));
            }
        }
        editFile("UPDATE my_food_value SET form = 'MK14' WHERE food_id = (SELECT id FROM my_food WHERE name = "
                + "'Newer form')");
        Path file = java.nio.file.Files.writeString(dir.resolve("foods.csv"), "name,source,MK-7\n"
                + "HOME NATTO,label,800\nnewer FORM,label,700\nKefir,label,5\n");
        try (UserDataService library = UserDataService.open(dir, TestFoods.catalog()).library()) {
            UserDataService.Import imported = library.importMyFoods(file);
            assertEquals(List.of(new ImportProblem(2, "name", Messages.get("import.existing", "HOME NATTO")),
                    new ImportProblem(3, "name", Messages.get("import.existingUnread", "newer FORM"))),
                    imported.parsed().problems());
            assertEquals(null, imported.contents(), "nothing imported");
            assertEquals(List.of("Home natto"), new MyFoods(library.store()).all().stream().map(MyFood::name)
                    .toList());
        }
    }

    /** Changes the user's file as a newer version or a hand edit might, past its checks. */
    private void editFile(String statement) throws Exception {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve(UserDataStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA ignore_check_constraints = ON");
            s.execute(statement);
        }
    }
}
