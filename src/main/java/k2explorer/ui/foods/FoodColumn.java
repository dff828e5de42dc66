package k2explorer.ui.foods;

import java.util.Optional;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;

/** The columns of the Foods table; numeric ones know how to read their amount per 100 g from a food. */
public enum FoodColumn {
    NAME("Food", false),
    GROUP("Food group", false),
    K1("K1", true),
    MK4("MK-4", true),
    MK7("MK-7", true),
    OTHER_MK("Other MK", true),
    TOTAL_K2("Total K2", true),
    TOTAL_K("Total K", true),
    GRAMS_TO_TARGET("g to reach\ntarget", false),
    SERVINGS_TO_TARGET("Servings to\nreach target", false),
    PERCENT_PER_SERVING("% of target\nper serving", false),
    SERVING("Serving", false),
    SOURCES("Sources", false);

    private final String title;
    private final boolean amount;

    FoodColumn(String title, boolean amount) {
        this.title = title;
        this.amount = amount;
    }

    public String title() {
        return title;
    }

    /** An amount of vitamin K, shown on the chosen basis (per 100 g, per serving, per 100 kcal). */
    public boolean isAmount() {
        return amount;
    }

    /** A figure about reaching the daily target; independent of the basis. */
    public boolean isCoverage() {
        return this == GRAMS_TO_TARGET || this == SERVINGS_TO_TARGET || this == PERCENT_PER_SERVING;
    }

    /** Shown with a number cell and sorted by number (missing last). */
    public boolean isNumeric() {
        return amount || isCoverage() || this == SERVING;
    }

    /** Amount per 100 g for a numeric column; empty when nothing counted by the column was measured. */
    Optional<FormTotal> per100g(Food food) {
        return switch (this) {
            case K1 -> single(food, KForm.K1);
            case MK4 -> single(food, KForm.MK4);
            case MK7 -> single(food, KForm.MK7);
            case OTHER_MK -> food.otherMenaquinones();
            case TOTAL_K2 -> food.totalK2();
            case TOTAL_K -> food.totalK();
            default -> Optional.empty();
        };
    }

    private static Optional<FormTotal> single(Food food, KForm form) {
        return food.amount(form).map(a -> new FormTotal(a, java.util.Set.of(form), false));
    }
}
