package k2explorer.ui.foods;

import java.util.Set;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.Reach;
import k2explorer.ui.common.AmountFormat;

/**
 * What one numeric cell shows: an amount in its state (or, in the coverage columns, how much food reaches the
 * target), whether it is exact or only a bound (a partial sum of forms is a lower bound of the true amount, so the
 * grams needed to reach a target are an upper bound), and which forms it includes. Missing cells have no ColumnValue.
 */
public record ColumnValue(Amount amount, Reach reach, Bound bound, Set<KForm> includedForms, Set<KForm> notDetected,
                          Ranked ranked, Set<KForm> notMeasured) {
    /** Sort tiers kept apart: any measured amount sorts above every bound, every "not detected" and every zero. */
    private static final double TIER = 1e12;
    /**
     * "Never reaches" sorts after every food that does, in grams and servings; "none in the forms measured" and an
     * assumed zero just before it.
     */
    private static final double NEVER = 1e15;

    /**
     * In a family row: the best-supported source's value, which the row sorts by, and how many sources the shown
     * spread covers.
     */
    public record Ranked(Amount amount, Food food, int sources) {
    }

    /** Whether the true value may differ from the shown one, and in which direction. */
    public enum Bound {
        EXACT,
        AT_LEAST,
        AT_MOST
    }

    public ColumnValue {
        includedForms = Set.copyOf(includedForms);
        notDetected = Set.copyOf(notDetected);
        notMeasured = notMeasured == null ? Set.of() : Set.copyOf(notMeasured);
    }

    /** A coverage figure (grams, servings or percent) with the counted forms that were not measured. */
    public static ColumnValue coverage(CoverageFigures figures, Reach figure, Amount percent) {
        FormTotal t = figures.counted();
        // A percent of a zero that covers only some counted forms reads as that state, as in the files.
        Reach reach = figure == null && figures.grams() != null
                && figures.grams().kind() == Reach.Kind.NONE_IN_FORMS_MEASURED ? figures.grams() : figure;
        return new ColumnValue(percent, reach, t.partial() ? reach != null ? Bound.AT_MOST : Bound.AT_LEAST
                : Bound.EXACT, t.includedForms(), t.notDetected(), null, figures.notMeasured());
    }

    public static ColumnValue amount(Amount amount, boolean partial, Set<KForm> included, Set<KForm> notDetected) {
        return new ColumnValue(amount, null, partial ? Bound.AT_LEAST : Bound.EXACT, included, notDetected, null,
                null);
    }

    /** A family row's cell: the spread across its sources, ranked by the best-supported one. */
    public static ColumnValue family(Amount spread, boolean partial, FormTotal best, Food bestFood, int sources) {
        return new ColumnValue(spread, null, partial ? Bound.AT_LEAST : Bound.EXACT, best.includedForms(),
                best.notDetected(), new Ranked(best.amount(), bestFood, sources), null);
    }

    /**
     * The same figure, naming the family member it comes from (a coverage cell of a family row), so what is said of
     * its values (doubts) is said of that member's.
     */
    public ColumnValue from(Food member) {
        return new ColumnValue(amount, reach, bound, includedForms, notDetected, new Ranked(amount, member, 1),
                notMeasured);
    }

    public static ColumnValue reach(Reach reach, boolean partial, Set<KForm> included, Set<KForm> notDetected) {
        return new ColumnValue(null, reach, partial ? Bound.AT_MOST : Bound.EXACT, included, notDetected, null, null);
    }

    public boolean partial() {
        return bound != Bound.EXACT;
    }

    public double sortKey() {
        if (reach != null) {
            return switch (reach.kind()) {
                case NONE_IN_FORMS_MEASURED -> NEVER - 2;
                case ASSUMED_ZERO -> NEVER - 1;
                case NEVER -> NEVER;
                case AT_LEAST -> reach.grams().low();
                case REACHES -> reach.grams().midpoint();
            };
        }
        return sortKey(ranked == null ? amount : ranked.amount());
    }

    /** Where an amount sorts: by state first (see {@link #TIER}), then by its number. */
    static double sortKey(Amount amount) {
        return amount.state().ordinal() * TIER + amount.sortValue();
    }

    /** The cell text: the amount in its state, or the grams/servings to the target, with "≥"/"≤" for partial sums. */
    public String text() {
        return reach != null ? AmountFormat.format(reach, partial()) : AmountFormat.format(amount, partial());
    }

    /** The number itself (midpoint of a spread), for exports. */
    public double number() {
        return reach != null ? reach.grams().midpoint() : amount.range().midpoint();
    }
}
