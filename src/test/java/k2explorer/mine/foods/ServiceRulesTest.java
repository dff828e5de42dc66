package k2explorer.mine.foods;

import static k2explorer.mine.foods.MyFoodCsvTest.parse;
import static k2explorer.mine.foods.MyFoodCsvTest.problems;
import static k2explorer.mine.foods.MyFoodCsvTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import k2explorer.i18n.Numbers;
import k2explorer.catalog.KForm;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.Plans;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules the service itself enforces, whoever calls it: editor, import, or code. */
class ServiceRulesTest {
    @TempDir
    Path dir;

    @Test
    void anAmountTooSmallToReachAnyTargetIsRefusedWithAMessage() {
        ImportOutcome<MyFood> parsed = parse("name,source,K1\nDust,label,0.0000001\nFine,label,0.001\n"
                + "Zero,label,0\n");
        assertEquals(List.of("line 2, column K1: An amount above 0 must be at least " + Numbers.shown(0.001, 3) + " µg per 100 g (enter 0 "
                + "for a measured zero)."), problems(parsed));
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods.SaveResult saved = new MyFoods(store).save(new MyFood(null, "Dust", "", "label",
                    Map.of(KForm.K1, 1e-320), List.of()));
            assertEquals(List.of(FieldProblem.amountField(KForm.K1)), saved.problems().stream()
                    .map(FieldProblem::field).toList());
            assertEquals(List.of(), new MyFoods(store).all());
        }
    }

    private static DayPlan planWith(String name, java.time.LocalDate date, DayPlan.Item item) {
        return new DayPlan(null, name, date, List.of(item));
    }

    private static DayPlan.Item grams(String foodId, String foodName, double amount) {
        return new DayPlan.Item(foodId, foodName, amount, PlanUnit.GRAMS, null, null);
    }

    /** Plans saved through the service meet the editor's and the import's rules, or nothing is saved. */
    @Test
    void plansWithControlCharactersHugeAmountsLongTextsOrOddDatesAreRefusedByTheService() {
        String huge = "x".repeat(10_000_000);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 23);
        List<DayPlan> refused = List.of(
                planWith("Tab", day, grams("usda:11457", "Spinach\traw", 30)),
                planWith("Escape", day, grams("usda:11457\u001B[2J", "Spinach", 30)),
                planWith("Huge", day, grams("usda:11457", "Spinach", 1e308)),
                planWith("Servings", day, new DayPlan.Item("usda:11457", "Spinach", 1e6, PlanUnit.SERVINGS, "bowl",
                        30.0)),
                planWith("Portion", day, new DayPlan.Item("usda:11457", "Spinach", 1, PlanUnit.SERVINGS,
                        "bowl\u0085", 30.0)),
                planWith(huge, day, grams("usda:11457", "Spinach", 30)),
                planWith("Long id", day, grams("my:" + huge, "Spinach", 30)),
                planWith("Long label", day, new DayPlan.Item("usda:11457", "Spinach", 1, PlanUnit.SERVINGS, huge,
                        30.0)),
                planWith("Far future", java.time.LocalDate.MAX, grams("usda:11457", "Spinach", 30)),
                planWith("Far past", java.time.LocalDate.of(-5, 1, 1), grams("usda:11457", "Spinach", 30)));
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            Plans plans = new Plans(store);
            for (DayPlan plan : refused) {
                UserDataException e = assertThrows(UserDataException.class, () -> plans.save(plan),
                        plan.name().length() > 20 ? "long name" : plan.name());
                assertTrue(e.getMessage().length() < 500, "the message does not repeat the text");
                assertThrows(UserDataException.class, () -> plans.importAll(List.of(plan)));
            }
            assertEquals(List.of(), plans.all());
            plans.save(planWith("Fine", day, grams("usda:11457", "Spinach", 100_000)));
            assertEquals(1, plans.all().size());
        }
    }

    @Test
    void longSourcesGroupsPortionLabelsAndIdsAreRefusedWithTheLimit() {
        String huge = "y".repeat(10_000_000);
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods foods = new MyFoods(store);
            List<MyFood> refused = List.of(
                    new MyFood(null, "Long source", "", huge, Map.of(KForm.K1, 1.0), List.of()),
                    new MyFood(null, "Long group", huge, "label", Map.of(KForm.K1, 1.0), List.of()),
                    new MyFood(null, "Long portion", "", "label", Map.of(KForm.K1, 1.0),
                            List.of(new MyFood.MyPortion(huge, 30))),
                    new MyFood(huge, "Long id", "", "label", Map.of(KForm.K1, 1.0), List.of()));
            for (MyFood food : refused) {
                List<FieldProblem> problems = foods.save(food).problems();
                assertEquals(1, problems.size(), food.name());
                assertTrue(problems.get(0).message().contains("at most"), problems.get(0).message());
            }
            assertEquals(List.of(), foods.all());
        }
        String csv = "name,source,group,K1,portion,portion_grams\nA,label," + "g".repeat(201) + ",1,,\nB,"
                + "s".repeat(1001) + ",,1,,\nC,label,,1," + "p".repeat(201) + ",30\n";
        assertEquals(List.of(2L, 3L, 4L), parse(csv).problems().stream()
                .map(ImportProblem::line).toList());
    }

    @Test
    void planImportsRefuseDatesTheWeekCannotShowAndOverlongTexts() {
        String csv = "plan,date,food_id,food,amount,unit\n"
                + "Far,+999999999-12-31,usda:11457,Spinach,30,grams\n"
                + "Old,1066-10-14,usda:11457,Spinach,30,grams\n"
                + "Fine,2026-11-23,usda:11457,Spinach,30,grams\n"
                + "P" + "n".repeat(200) + ",2026-11-23,usda:11457,Spinach,30,grams\n"
                + "Id,2026-11-23,my:" + "i".repeat(200) + ",Spinach,30,grams\n";
        var parsed = k2explorer.mine.plans.PlanCsv.parse(MyFoodCsvTest.utf8(csv), Set.of());
        assertEquals(List.of(2L, 3L, 5L, 6L), parsed.problems().stream().map(ImportProblem::line).toList(),
                parsed.problems().toString());
        assertTrue(parsed.problems().get(0).toString().contains("2199-12-31"), parsed.problems().toString());
    }

    @Test
    void aNumberThatUnderflowsToZeroIsRefusedNotReadAsAMeasuredZero() {
        ImportOutcome<MyFood> parsed = MyFoodCsv.parse(MyFoodCsvTest.utf8("name,source,K1,MK-7\nA,label,1e-400,\nB,label,0e5,0.0\n"),
                Set.of());
        // files write numbers without exponents (i18n.Numbers' file form), so neither is read as a measured 0
        assertEquals(List.of("line 2, column K1: '1e-400' is not a number", "line 3, column K1: '0e5' is not a number"),
                problems(parsed));
    }

    /** Names that look alike are the same name; characters that cannot be seen are refused with where they are. */
    @Test
    void lookAlikeNamesAreOneNameAndInvisibleCharactersAreRefused() {
        String csv = "name,source,K1\nNatto Kaneko,label,1\nNatto\u00A0Kaneko,label,2\nNatto\u200BKaneko,label,3\n"
                + "\u202ENatto,label,4\nChef \uD83D\uDC68\u200D\uD83C\uDF73 stew,label,5\n";
        List<String> problems = problems(parse(csv));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 3, column name: \"Natto Kaneko\" is already on line 2"),
                problems.toString());
        assertTrue(problems.get(1).startsWith("line 4, column name: remove the invisible character U+200B"),
                problems.toString());
        assertTrue(problems.get(2).startsWith("line 5, column name: remove the invisible character U+202E"),
                problems.toString());
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods foods = new MyFoods(store);
            assertTrue(foods.save(new MyFood(null, "Natto Kaneko", "", "label", Map.of(KForm.K1, 1.0), List.of()))
                    .ok());
            assertEquals(List.of(FieldProblem.NAME), foods.save(new MyFood(null, "natto\u202FKaneko", "", "label",
                    Map.of(KForm.K1, 1.0), List.of())).problems().stream().map(FieldProblem::field).toList());
            assertEquals(List.of(FieldProblem.SOURCE), foods.save(new MyFood(null, "Other", "", "lab\u2066el",
                    Map.of(KForm.K1, 1.0), List.of())).problems().stream().map(FieldProblem::field).toList());
            assertThrows(UserDataException.class, () -> new Plans(store).save(new DayPlan(null, "Mon\u200Bday",
                    null, List.of())));
        }
    }

    /** A record too wide for the reader is reported on its own line, and the lines after it are still checked. */
    @Test
    void aLineWithAMillionColumnsIsReportedWhereItIsAndLaterLinesAreStillRead() {
        String csv = "name,source,K1\nA,label,1\nB,label,-1\nC,label\n\nD,label,1" + ",x".repeat(1_000_000)
                + "\nE,label,2\nF,label,abc\n";
        List<ImportProblem> problems = parse(csv).problems();
        assertEquals(List.of(3L, 4L, 6L, 8L), problems.stream().map(ImportProblem::line).toList(),
                problems.toString());
        assertTrue(problems.get(2).reason().contains(Numbers.shown(16_384)), problems.get(2).toString());
    }
}
