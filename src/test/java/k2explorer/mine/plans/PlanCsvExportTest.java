package k2explorer.mine.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import k2explorer.UsLocale;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Saved plans as CSV: one line per food, µg per form from the catalog, empty (never 0) when not measured. */
@ExtendWith(UsLocale.class)
class PlanCsvExportTest {
    @Test
    void eachFoodOfEachPlanIsOneLineWithItsMicrograms(@TempDir Path dir) throws Exception {
        DayPlan monday = new DayPlan(1L, "Monday", LocalDate.of(2026, 11, 23), List.of(
                new DayPlan.Item("natto", "Natto", 20, PlanUnit.GRAMS, null, null),
                new DayPlan.Item("kale", "Kale, raw", 2, PlanUnit.SERVINGS, "1 cup, chopped", 16.0)));
        DayPlan undated = new DayPlan(2L, "Any day", null, List.of(
                new DayPlan.Item("gone", "A food no longer there", 50, PlanUnit.GRAMS, null, null)));
        Path out = dir.resolve("plans.csv");

        int lines = PlanCsv.export(List.of(monday, undated), TestFoods.catalog(), out);

        assertEquals(3, lines);
        assertEquals(List.of(
                "plan,date,food_id,food,amount,unit,portion,portion_grams,grams,K1_ug,dihydro-K1_ug,MK-4_ug,MK-7_ug",
                "Monday,2026-11-23,natto,Natto,20,grams,,,20,4.6,,,187.8",
                "Monday,2026-11-23,kale,\"Kale, raw\",2,servings,\"1 cup, chopped\",16,32,225.5,,,",
                "Any day,,gone,A food no longer there,50,grams,,,50,,,,"), Files.readAllLines(out),
                "not measured is an empty cell, never 0");
    }
}
