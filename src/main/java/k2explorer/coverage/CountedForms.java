package k2explorer.coverage;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;

/** Which vitamin K forms count toward a daily target. Chosen explicitly by the user, never implied. */
public enum CountedForms {
    TOTAL_K,
    K1_ONLY,
    K2_ALL,
    MK4_ONLY,
    MK7_ONLY;

    private static final Set<KForm> TOTAL_K_FORMS = Collections.unmodifiableSet(EnumSet.of(KForm.K1,
            KForm.DIHYDRO_K1, KForm.MK4, KForm.MK5, KForm.MK6, KForm.MK7, KForm.MK8, KForm.MK9, KForm.MK10, KForm.MK11,
            KForm.MK12, KForm.MK13));

    /** Every form the target counts: a figure is complete only when all of them were measured. */
    public Set<KForm> forms() {
        return switch (this) {
            case TOTAL_K -> TOTAL_K_FORMS;
            case K1_ONLY -> Set.of(KForm.K1);
            case K2_ALL -> KForm.MENAQUINONES;
            case MK4_ONLY -> Set.of(KForm.MK4);
            case MK7_ONLY -> Set.of(KForm.MK7);
        };
    }

    /** How the command line and files name it: "total-k", "k1", "k2", "mk4", "mk7". */
    public String code() {
        return switch (this) {
            case TOTAL_K -> "total-k";
            case K1_ONLY -> "k1";
            case K2_ALL -> "k2";
            case MK4_ONLY -> "mk4";
            case MK7_ONLY -> "mk7";
        };
    }

    public static Optional<CountedForms> parse(String code) {
        for (CountedForms c : values()) {
            if (c.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
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
}
