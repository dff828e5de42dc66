package k2explorer.coverage;

import java.util.Optional;
import java.util.Set;
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
            case K1_ONLY -> food.amount(KForm.K1).map(a -> new FormTotal(a, Set.of(KForm.K1), false));
            case K2_ALL -> food.totalK2();
            case MK4_ONLY -> food.amount(KForm.MK4).map(a -> new FormTotal(a, Set.of(KForm.MK4), false));
            case MK7_ONLY -> food.amount(KForm.MK7).map(a -> new FormTotal(a, Set.of(KForm.MK7), false));
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
