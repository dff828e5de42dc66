package k2explorer.mine.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import k2explorer.UsLocale;
import k2explorer.mine.foods.ImportOutcome;
import k2explorer.mine.foods.ImportProblem;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Plans exported as CSV import back as the same plans, with the all-or-nothing rules of the foods import. */
@ExtendWith(UsLocale.class)
class PlanCsvTest {
    @TempDir
    Path dir;

    private static List<DayPlan> plans() {
        return List.of(
                new DayPlan(null, "=Monday, \"light\"", LocalDate.of(2026, 11, 23), List.of(
                        new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null),
                        new DayPlan.Item("lit:KAMAO2007:natto", "Natto 納豆", 1.5, PlanUnit.SERVINGS, "1 pack|big",
                                45.5))),
                new DayPlan(null, "Undated -plan", null, List.of(
                        new DayPlan.Item("my:abc", "@Käse 🧀", 2, PlanUnit.SERVINGS, "-slice", 20.0))));
    }

    private static List<String> comparable(List<DayPlan> plans) {
        return plans.stream().map(p -> p.name() + " " + p.date() + " " + p.items()).sorted().toList();
    }

    @Test
    void anExportImportsBackToTheSamePlans() throws Exception {
        Path file = dir.resolve("plans.csv");
        try (UserDataStore store = UserDataStore.open(dir.resolve("a")).store()) {
            Plans plans = new Plans(store);
            plans().forEach(plans::save);
            assertEquals(3, PlanCsv.export(plans.all(), TestFoods.catalog(), file));
            ImportOutcome<DayPlan> parsed = PlanCsv.parse(Files.readAllBytes(file), Set.of());
            assertEquals(List.of(), parsed.problems());
            assertEquals(comparable(plans.all()), comparable(parsed.items()));
            try (UserDataStore other = UserDataStore.open(dir.resolve("b")).store()) {
                new Plans(other).importAll(parsed.items());
                assertEquals(comparable(plans.all()), comparable(new Plans(other).all()), "saved as exported");
            }
        }
    }

    @Test
    void everyBadLineIsReportedWithItsColumnAndNothingIsImported() throws Exception {
        String csv = String.join("\n",
                "plan,date,food_id,food,amount,unit,portion,portion_grams,grams,K1_ug",
                "Monday,2026-11-23,usda:11457,Spinach,30,grams,,,30,148.2",
                "Monday,2026-11-24,usda:11233,Kale,10,grams,,,10,70",
                "Tuesday,23.11.2026,usda:11457,Spinach,30,grams,,,,",
                "Tuesday,,usda:11457,Spinach,0,grams,,,,",
                "Tuesday,,usda:11457,Spinach,2,cups,,,,",
                "Tuesday,,lit:x,Natto,1,servings,1 pack,,,",
                ",,usda:11457,Spinach,1,grams,,,,",
                "Tab\tplan,,usda:11457,Spinach,1,grams,,,,",
                "Mine,,usda:11457,Spinach,1,g,,,,",
                "\"Open quote,,usda:11457,Spinach,1,grams,,,,") + "\n";
        ImportOutcome<DayPlan> parsed = PlanCsv.parse(csv.getBytes(StandardCharsets.UTF_8), Set.of("mine"));
        assertEquals(List.of(
                "line 3, column date: plan \"Monday\" is dated 2026-11-23 on line 2; all lines of a plan need the same "
                        + "date",
                "line 4, column date: '23.11.2026' is not a date such as 2026-11-23",
                "line 5, column amount: '0' is not an amount; use a number more than 0 and at most 100,000",
                "line 6, column unit: 'cups' is not a unit; use grams or servings",
                "line 7, column portion_grams: servings need the weight of one portion in grams, more than 0 and at "
                        + "most 100,000",
                "line 8, column plan: this column must not be empty",
                "line 9, column plan: remove the control character U+0009 (character 4): tabs, carriage returns and other "
                        + "invisible codes cannot be kept.",
                "line 10, column plan: you already have a plan called \"Mine\"; rename it in the file or delete yours "
                        + "first",
                "line 11: a quote is opened but not closed"),
                parsed.problems().stream().map(ImportProblem::toString).toList());
        assertFalse(parsed.ok());
        assertTrue(parsed.items().isEmpty());
    }

    @Test
    void aFileFromBeforePortionGramsWereExportedStillImports() {
        String csv = "plan,date,food_id,food,amount,unit,portion,grams,K1_ug,MK-4_ug,MK-7_ug\n"
                + "Old,2026-01-05,lit:KAMAO2007:natto,Natto,2,servings,1 pack,90,,,845.1\n"
                + "Old,2026-01-05,usda:11457,\"Spinach, raw\",30,g,,30,148.2,,\n";
        ImportOutcome<DayPlan> parsed = PlanCsv.parse(csv.getBytes(StandardCharsets.UTF_8), Set.of());
        assertEquals(List.of(), parsed.problems());
        DayPlan old = parsed.items().get(0);
        assertEquals(List.of(new DayPlan.Item("lit:KAMAO2007:natto", "Natto", 2, PlanUnit.SERVINGS, "1 pack", 45.0),
                new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null)), old.items());
    }

    @Test
    void importingIsAllOrNothingEvenWhenANameIsTakenMeanwhile() {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            Plans plans = new Plans(store);
            plans.save(new DayPlan(null, "undated -PLAN", null, plans().get(1).items()));
            UserDataException e = assertThrows(UserDataException.class, () -> plans.importAll(plans()));
            assertTrue(e.getMessage().contains("already have a plan called"), e.getMessage());
            assertEquals(List.of("undated -PLAN"), plans.all().stream().map(DayPlan::name).toList(),
                    "the plan before the taken one was not kept either");
            assertThrows(UserDataException.class, () -> plans.save(new DayPlan(null, "Esc\u001B[2J", null,
                    plans().get(1).items())), "control characters are refused by the API too");
        }
    }
}
