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
     * The cell for a column over the family's members: the one rule for which member stands for a family (or a
     * single food) in a column or under a target, used by the table, the chart, Compare, the detail pane and every
     * export. Members left out of rankings (fortified, experimental …) never stand for a family that has another
     * member with a value for the column, and unpublished values are never read ({@link Food#amount}); a family made
     * only of such members stands on them (its row is then left out of rankings itself). Empty when no member has a
     * value for the column.
     */
    public static Optional<FamilyCell> of(List<Food> members, Function<Food, Optional<FormTotal>> column) {
        List<Food> counted = new ArrayList<>();
        List<FormTotal> totals = new ArrayList<>();
        collect(members, column, false, counted, totals);
        if (counted.isEmpty()) {
            collect(members, column, true, counted, totals);
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

    /**
     * The member a family row stands on (its name in the detail, its portions): the one that stands for the family's
     * total vitamin K by the rule above, else its first member not left out of rankings, else its first member.
     */
    public static Food standIn(List<Food> members) {
        return of(members, Food::totalK).map(FamilyCell::bestFood)
                .or(() -> members.stream().filter(f -> !f.excludedFromRankings()).findFirst())
                .orElse(members.get(0));
    }

    /**
     * The member whose household portions a family row offers: the member it stands on when that one has portions,
     * else the first member with portions (those not left out of rankings first), so a family keeps a serving when
     * any of its sources records one.
     */
    public static Food portionsOf(List<Food> members) {
        return portionsOf(members, standIn(members));
    }

    /** {@link #portionsOf(List)} for a family whose {@link #standIn} is already known. */
    public static Food portionsOf(List<Food> members, Food standIn) {
        if (!standIn.portions().isEmpty()) {
            return standIn;
        }
        return members.stream().filter(f -> !f.portions().isEmpty())
                .min(java.util.Comparator.comparing(Food::excludedFromRankings)).orElse(standIn);
    }

    private static void collect(List<Food> members, Function<Food, Optional<FormTotal>> column, boolean excluded,
                                List<Food> counted, List<FormTotal> totals) {
        for (Food member : members) {
            if (member.excludedFromRankings() != excluded) {
                continue;
            }
            column.apply(member).ifPresent(t -> {
                counted.add(member);
                totals.add(t);
            });
        }
    }
}
