package k2explorer.userdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import k2explorer.catalog.KForm;

/** The rules a food must meet before it is saved, shared by the editor and the CSV import. */
public final class MyFoodRules {
    public static final double MAX_MICROGRAMS_PER_100G = 100_000;
    public static final int MAX_NAME_LENGTH = 200;

    private MyFoodRules() {
    }

    /**
     * Every problem with a food, given the names already used by other foods (compared without case).
     * An empty list means it can be saved.
     */
    public static List<FieldProblem> check(MyFood food, Set<String> otherNamesLowerCase) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = food.name() == null ? "" : food.name().trim();
        if (name.isEmpty()) {
            problems.add(new FieldProblem(FieldProblem.NAME, "Enter a name."));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem(FieldProblem.NAME, "Use at most " + MAX_NAME_LENGTH + " characters."));
        } else if (otherNamesLowerCase.contains(name.toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem(FieldProblem.NAME, "You already have a food called \"" + name
                    + "\"; names must be unique."));
        }
        if (food.sourceText() == null || food.sourceText().isBlank()) {
            problems.add(new FieldProblem(FieldProblem.SOURCE,
                    "Say where the numbers come from, e.g. \"label of brand X, 2026\"."));
        }
        for (Map.Entry<KForm, Double> e : food.per100g().entrySet()) {
            String problem = amountProblem(e.getValue());
            if (problem != null) {
                problems.add(new FieldProblem(FieldProblem.amountField(e.getKey()), problem));
            }
        }
        for (MyFood.MyPortion p : food.portions()) {
            if (p.label() == null || p.label().isBlank()) {
                problems.add(new FieldProblem(FieldProblem.PORTION, "Name the portion, e.g. \"1 pack\"."));
            }
            if (!Double.isFinite(p.grams()) || p.grams() <= 0) {
                problems.add(new FieldProblem(FieldProblem.PORTION, "A portion must weigh more than 0 g."));
            } else if (p.grams() > 100_000) {
                problems.add(new FieldProblem(FieldProblem.PORTION, "A portion can weigh at most 100,000 g."));
            }
        }
        return problems;
    }

    /** Why an amount per 100 g is not accepted, or null when it is. */
    public static String amountProblem(double value) {
        if (!Double.isFinite(value)) {
            return "Enter a number.";
        }
        if (value < 0) {
            return "An amount cannot be negative.";
        }
        if (value > MAX_MICROGRAMS_PER_100G) {
            return "At most 100,000 µg per 100 g.";
        }
        return null;
    }
}
