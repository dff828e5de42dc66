package k2explorer.catalog;

import java.util.Set;

/**
 * How well a food's numbers are supported, to pick the value a family row sorts by: analysed database values first,
 * then primary papers, single-paper compiled values, national tables, merged compiled values, calculated database
 * values, secondary sources, and last what the user typed. A lower rank is better supported.
 */
public final class EvidenceRank {
    private static final int ANALYSED_DATABASE = 0;
    private static final int PRIMARY_PAPER = 1;
    private static final int COMPILED_SINGLE = 2;
    private static final int NATIONAL_TABLE = 3;
    private static final int COMPILED_MERGED = 4;
    private static final int CALCULATED_DATABASE = 5;
    private static final int SECONDARY = 6;
    private static final int USER = 7;

    private EvidenceRank() {
    }

    /** The rank of the values of {@code forms} in a food: the weakest value counted decides. */
    public static int of(Food food, Set<KForm> forms) {
        int worst = ANALYSED_DATABASE;
        boolean any = false;
        for (KValue v : food.values()) {
            if (forms.contains(v.form()) && !v.isUnpublished()) {
                worst = Math.max(worst, of(food.origin(), v));
                any = true;
            }
        }
        return any ? worst : USER + 1;
    }

    static int of(FoodOrigin origin, KValue v) {
        return switch (origin) {
            case USDA -> v.isCalculated() || v.state() == ValueState.ASSUMED_ZERO ? CALCULATED_DATABASE
                    : ANALYSED_DATABASE;
            case COMPILED -> v.attribution() == Attribution.SINGLE ? COMPILED_SINGLE : COMPILED_MERGED;
            case CIQUAL -> NATIONAL_TABLE;
            case LITERATURE -> v.evidence() == EvidenceLevel.PRIMARY_ABSTRACT ? PRIMARY_PAPER : SECONDARY;
            case MY_FOOD -> USER;
        };
    }
}
