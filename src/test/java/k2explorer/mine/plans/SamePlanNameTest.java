package k2explorer.mine.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import k2explorer.TestLocale;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.ImportOutcome;
import k2explorer.mine.foods.ImportProblem;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoodRules;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "The same plan name" is one rule wherever it is asked (saving, renaming, importing) and for foods too: without
 * case for every letter, not only ASCII (SQLite's NOCASE), and the same in every locale, Turkish included.
 */
class SamePlanNameTest {
    @TempDir
    Path dir;

    static Stream<Locale> locales() {
        return Stream.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.US);
    }

    private static DayPlan plan(String name) {
        return new DayPlan(null, name, LocalDate.of(2026, 11, 23), List.of(
                new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null)));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aNameDifferingOnlyInTheCaseOfAnyLetterIsTakenWhenSaving(Locale locale) {
        TestLocale.in(locale, () -> {
            try (UserDataStore store = UserDataStore.open(dir).store()) {
                Plans plans = new Plans(store);
                plans.save(plan("Übung"));
                plans.save(plan("Istanbul"));
                for (String same : List.of("übung", "ÜBUNG", "U\u0308bung", "istanbul", "İSTANBUL", "ıstanbul",
                        "ISTANBUL")) {
                    UserDataException e = assertThrows(UserDataException.class, () -> plans.save(plan(same)),
                            same + " in " + locale);
                    assertTrue(e.getMessage().contains(same), e.getMessage());
                }
                DayPlan other = plans.save(plan("Uebung"));
                assertEquals("Uebung", other.name(), "another name is another plan");
                DayPlan renamed = plans.save(new DayPlan(plans.all().stream().filter(p -> p.name().equals("Übung"))
                        .findFirst().orElseThrow().id(), "ÜBUNG", null, List.of()));
                assertEquals("ÜBUNG", renamed.name(), "a plan may change the case of its own name");
                assertEquals(3, plans.all().size());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void importingAPlanWhoseNameDiffersOnlyInCaseIsRefusedAsExistingAndItsLinesAreOnePlan(Locale locale) {
        TestLocale.in(locale, () -> {
            String csv = "plan,date,food_id,food,amount,unit\n"
                    + "übung,2026-11-23,usda:11457,Spinach,30,grams\n"
                    + "İstanbul,2026-11-24,usda:11457,Spinach,30,grams\n"
                    + "ıSTANBUL,2026-11-24,usda:11457,Spinach,40,grams\n"
                    + "U\u0308BUNG,2026-11-23,usda:11457,Spinach,30,grams\n";
            ImportOutcome<DayPlan> parsed = PlanCsv.parse(csv.getBytes(StandardCharsets.UTF_8),
                    Set.of(MyFoodRules.nameKey("Übung")));
            assertEquals(List.of(2L), parsed.problems().stream().map(ImportProblem::line).toList(),
                    "the existing plan is named once, on its first line: " + parsed.problems());
            ImportOutcome<DayPlan> alone = PlanCsv.parse(csv.getBytes(StandardCharsets.UTF_8), Set.of());
            assertEquals(List.of("übung", "İstanbul"), alone.items().stream().map(DayPlan::name).toList());
            assertEquals(2, alone.items().get(1).items().size(), "İstanbul and ıSTANBUL are one plan");
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void foodsFollowTheSameRule(Locale locale) {
        TestLocale.in(locale, () -> {
            assertEquals(MyFoodRules.nameKey("İSTANBUL natto"), MyFoodRules.nameKey("istanbul NATTO"));
            assertEquals(MyFoodRules.nameKey("Übung"), MyFoodRules.nameKey("U\u0308BUNG"));
            try (UserDataStore store = UserDataStore.open(dir).store()) {
                MyFoods foods = new MyFoods(store);
                assertTrue(foods.save(food("Übung natto")).ok());
                assertTrue(!foods.save(food("übung NATTO")).ok(), "taken in " + locale);
            }
        });
    }

    private static MyFood food(String name) {
        return new MyFood(null, name, "Fermented soy", "label", Map.of(KForm.MK7, 870.0), List.of());
    }
}
