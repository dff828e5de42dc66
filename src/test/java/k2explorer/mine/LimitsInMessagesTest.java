package k2explorer.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import k2explorer.EachLocale;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.FieldProblem;
import k2explorer.mine.foods.ImportProblem;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoodCsv;
import k2explorer.mine.foods.MyFoodRules;
import k2explorer.mine.plans.PlanCsv;

/**
 * A limit named in a message is a number the reader reads in their own locale: "100,000" read in German is one
 * hundred, so the limits are formatted like every other number on screen, never written into the message text.
 */
class LimitsInMessagesTest {
    private static final Locale GERMAN = Locale.GERMANY;

    /** The limit as a reader in this locale writes it: grouping by the locale, no decimals. */
    private static String limit(Locale locale, long value) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    @EachLocale
    void anAmountAboveTheLimitNamesTheLimitInTheReadersLocale(Locale locale) {
        String problem = MyFoodRules.amountProblem(250_000);
        assertTrue(problem.contains(limit(locale, 100_000) + " µg"), problem);
        if (locale.equals(GERMAN)) {
            assertTrue(!problem.contains("100,000"), "a German reader reads 100,000 as one hundred: " + problem);
        }
    }

    @EachLocale
    void anAmountTooSmallNamesTheSmallestInTheReadersLocale(Locale locale) {
        String problem = MyFoodRules.amountProblem(0.0000001);
        String smallest = java.text.NumberFormat.getNumberInstance(locale).format(0.001);
        assertTrue(problem.contains("at least " + smallest + " µg"), problem);
    }

    @EachLocale
    void aPortionAboveTheLimitNamesTheLimitInTheReadersLocale(Locale locale) {
        MyFood food = new MyFood(null, "Big pot", "", "label", java.util.Map.of(KForm.K1, 1.0),
                List.of(new MyFood.MyPortion("pot", 250_000)));
        List<FieldProblem> problems = MyFoodRules.check(food, Set.of());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().contains(limit(locale, 100_000) + " g"), problems.toString());
    }

    @EachLocale
    void importedPortionsAndPlansNameTheLimitInTheReadersLocale(Locale locale) {
        String foods = "name,source,K1,portion,portion_grams\nPot,label,1,pot,250000\n";
        List<ImportProblem> foodProblems = MyFoodCsv.parse(foods.getBytes(StandardCharsets.UTF_8), Set.of()).problems();
        assertEquals(1, foodProblems.size(), foodProblems.toString());
        assertTrue(foodProblems.get(0).reason().contains(limit(locale, 100_000)), foodProblems.toString());

        String plans = "plan,date,food_id,food,amount,unit,portion_grams\n"
                + "Monday,2026-11-23,natto,Natto,1,servings,250000\n";
        List<ImportProblem> planProblems = PlanCsv.parse(plans.getBytes(StandardCharsets.UTF_8), Set.of()).problems();
        assertTrue(planProblems.stream().anyMatch(p -> p.reason().contains(limit(locale, 100_000))),
                planProblems.toString());
    }
}
