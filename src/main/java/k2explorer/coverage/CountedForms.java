package k2explorer.coverage;

import java.util.Optional;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;

/** Which vitamin K forms count toward a daily target. Chosen explicitly by the user, never implied. */
public enum CountedForms {
    TOTAL_K,
    K1_ONLY,
    K2_ALL,
    MK4_ONLY,
    MK7_ONLY;

    public String label() {
        return Messages.label(this);
    }

    /** The counted amount per 100 g; empty when none of the counted forms was measured for the food. */
    public Optional<FormTotal> per100g(Food food) {
        return switch (this) {
            case TOTAL_K -> food.totalK();
            case K1_ONLY -> single(food, KForm.K1);
            case K2_ALL -> food.totalK2();
            case MK4_ONLY -> single(food, KForm.MK4);
            case MK7_ONLY -> single(food, KForm.MK7);
        };
    }

    private static Optional<FormTotal> single(Food food, KForm form) {
        return food.amount(form).map(a -> FormTotal.single(form, a));
    }

    @Override
    public String toString() {
        return label();
    }
}
