package k2explorer.mine.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import k2explorer.catalog.KForm;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanCsv;
import k2explorer.mine.plans.PlanUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own export imports back to the same foods and plans for every text the import accepts, including
 * texts with a line that holds about as many commas or semicolons as the export has columns.
 */
class ExportImportIdentityTest {
    @TempDir
    Path dir;

    private static String awkward(Random random, int i) {
        String[] pieces = {",", ", ", ";", "\"", "\"\"", "a,b,c,d,e,f,g,h,i,j", ",,,,,,,,,", "x\"y", "|", "=", "\\"};
        StringBuilder b = new StringBuilder("Text " + i);
        int lines = 1 + random.nextInt(3);
        for (int l = 0; l < lines; l++) {
            b.append('\n');
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "w" : "");
            }
        }
        // As saved: the store trims the spaces around a text.
        return b.toString().trim();
    }

    @Test
    void foodsWithLinesFullOfSeparatorsComeBackAsTheyWere() throws Exception {
        Random random = new Random(7);
        List<MyFood> foods = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            foods.add(new MyFood("id-" + i, awkward(random, i), "group\n,,,,,,," + i, awkward(random, i),
                    Map.of(KForm.K1, 1.0 + i, KForm.MK7, 2.0), List.of(new MyFood.MyPortion("1 cup,,,,,\n,,,,", 30),
                    new MyFood.MyPortion("pack|,,,,,,\n=\\", 45))));
        }
        Path file = dir.resolve("foods.csv");
        MyFoodCsv.export(foods, file);
        ImportOutcome<MyFood> parsed = MyFoodCsv.parse(Files.readAllBytes(file), Set.of());
        assertEquals(List.of(), parsed.problems());
        assertEquals(foods.stream().map(f -> List.of(f.name(), f.group(), f.sourceText(), f.per100g(), f.portions()))
                .toList(), parsed.items().stream().map(f -> List.of(f.name(), f.group(), f.sourceText(), f.per100g(),
                f.portions())).toList());
    }

    @Test
    void plansWithLinesFullOfSeparatorsComeBackAsTheyWere() throws Exception {
        Random random = new Random(8);
        List<DayPlan> plans = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            plans.add(new DayPlan(null, awkward(random, i), LocalDate.of(2026, 1, 1).plusDays(i), List.of(
                    new DayPlan.Item("usda:11457", awkward(random, i), 30, PlanUnit.GRAMS, null, null),
                    new DayPlan.Item("my:x", "Natto", 2, PlanUnit.SERVINGS, awkward(random, i), 45.0))));
        }
        Path file = dir.resolve("plans.csv");
        PlanCsv.export(plans, null, file);
        ImportOutcome<DayPlan> parsed = PlanCsv.parse(Files.readAllBytes(file), Set.of());
        assertEquals(List.of(), parsed.problems());
        assertEquals(plans, parsed.items());
        assertTrue(plans.get(0).name().contains("\n"));
    }
}
