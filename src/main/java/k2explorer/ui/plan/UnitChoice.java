package k2explorer.ui.plan;

import java.util.ArrayList;
import java.util.List;
import k2explorer.catalog.Food;
import k2explorer.catalog.Portion;
import k2explorer.i18n.Messages;
import k2explorer.mine.plans.PlanUnit;

/** How the user gives an amount for a food in a plan: grams, or a number of one of the food's portions. */
public record UnitChoice(PlanUnit unit, String portionLabel, Double portionGrams) {
    public static final UnitChoice GRAMS = new UnitChoice(PlanUnit.GRAMS, null, null);

    public static List<UnitChoice> of(Food food) {
        List<UnitChoice> choices = new ArrayList<>();
        choices.add(GRAMS);
        for (Portion p : food.portions()) {
            choices.add(new UnitChoice(PlanUnit.SERVINGS, p.label(), p.grams()));
        }
        return choices;
    }

    /** How the unit box shows it: grams, or a number of one of the food's portions. */
    public String label() {
        return unit == PlanUnit.GRAMS ? Messages.get("plan.unit.grams")
                : Messages.get("plan.unit.portion", portionLabel);
    }
}
