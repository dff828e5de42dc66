package k2explorer.ui.foods;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;

/** The columns of the Foods table; numeric ones know how to read their amount per 100 g from a food. */
public enum FoodColumn {
    NAME(false),
    GROUP(false),
    K1(true),
    DIHYDRO_K1(true),
    MK4(true),
    MK7(true),
    OTHER_MK(true),
    TOTAL_K2(true),
    TOTAL_K(true),
    GRAMS_TO_TARGET(false),
    SERVINGS_TO_TARGET(false),
    PERCENT_PER_SERVING(false),
    SERVING(false),
    SOURCES(false);

    private final boolean amount;

    FoodColumn(boolean amount) {
        this.amount = amount;
    }

    /** The column header, from the resource bundle (key "column." + the column's name). */
    public String title() {
        return Messages.get("column." + name());
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

    /** Whether the column adds several forms (total K2, total K). */
    public boolean isSum() {
        return this == TOTAL_K2 || this == TOTAL_K;
    }

    /** The single form a column shows, or null for sums and other columns. */
    KForm form() {
        return switch (this) {
            case K1 -> KForm.K1;
            case DIHYDRO_K1 -> KForm.DIHYDRO_K1;
            case MK4 -> KForm.MK4;
            case MK7 -> KForm.MK7;
            default -> null;
        };
    }

    /** The forms an amount column shows or adds up (none for other columns). */
    Set<KForm> forms() {
        return switch (this) {
            case K1, DIHYDRO_K1, MK4, MK7 -> EnumSet.of(form());
            case OTHER_MK -> EnumSet.copyOf(KForm.OTHER_MENAQUINONES);
            case TOTAL_K2 -> EnumSet.range(KForm.MK4, KForm.K2_TOTAL);
            case TOTAL_K -> EnumSet.allOf(KForm.class);
            default -> EnumSet.noneOf(KForm.class);
        };
    }

    /** Amount per 100 g for a numeric column; empty when nothing counted by the column was measured. */
    Optional<FormTotal> per100g(Food food) {
        return switch (this) {
            case K1 -> single(food, KForm.K1);
            case DIHYDRO_K1 -> single(food, KForm.DIHYDRO_K1);
            case MK4 -> single(food, KForm.MK4);
            case MK7 -> single(food, KForm.MK7);
            case OTHER_MK -> food.otherMenaquinones();
            case TOTAL_K2 -> food.totalK2();
            case TOTAL_K -> food.totalK();
            default -> Optional.empty();
        };
    }

    private static Optional<FormTotal> single(Food food, KForm form) {
        return food.amount(form).map(a -> FormTotal.single(form, a));
    }
}
