package k2explorer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One column of a family row: the spread of what the family's sources give (never one merged number), how many
 * sources give it, and the best-supported source's value, which the row sorts by and names: the one whose sum covers
 * most of the column's forms, and among those the one with the strongest evidence ({@link EvidenceRank}).
 *
 * @param spread  lowest to highest value across the sources, in the strongest state among them
 * @param partial true when any source's value is a partial sum (the family's true amount may be higher)
 * @param best    the best-supported source's value (see {@link EvidenceRank})
 * @param bestFood the food that value belongs to
 */
public record FamilyCell(Amount spread, boolean partial, FormTotal best, Food bestFood, int sources) {

    /**
     * The cell for a column over the family's members; members left out of rankings (fortified, experimental …)
     * are left out here too. Empty when no member has a value for the column.
     */
    public static Optional<FamilyCell> of(List<Food> members, Function<Food, Optional<FormTotal>> column) {
        List<Food> counted = new ArrayList<>();
        List<FormTotal> totals = new ArrayList<>();
        for (Food member : members) {
            if (member.excludedFromRankings()) {
                continue;
            }
            column.apply(member).ifPresent(t -> {
                counted.add(member);
                totals.add(t);
            });
        }
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        Amount spread = null;
        boolean partial = false;
        int bestIndex = 0;
        int bestForms = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < counted.size(); i++) {
            FormTotal t = totals.get(i);
            spread = spread == null ? t.amount() : spread.spreadWith(t.amount());
            partial |= t.partial();
            // A sum over more of the forms the column asks for says more; then the stronger evidence wins.
            int forms = t.includedForms().size();
            int rank = EvidenceRank.of(counted.get(i), t.includedForms());
            if (forms > bestForms || forms == bestForms && rank < bestRank) {
                bestForms = forms;
                bestRank = rank;
                bestIndex = i;
            }
        }
        return Optional.of(new FamilyCell(spread, partial, totals.get(bestIndex), counted.get(bestIndex),
                counted.size()));
    }
}
