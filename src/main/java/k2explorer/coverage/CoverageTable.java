package k2explorer.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.FamilyCell;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.FoodNames;
import k2explorer.catalog.Portion;

/**
 * The coverage ranking the chart draws and every coverage CSV writes, from the same entries in the same order: foods
 * that reach the target fewest grams (or servings) first, then those without a household portion (when ranking by
 * servings), then "none in the forms measured", assumed zeros, "never", and last the foods with no data. Foods left out
 * of rankings (fortified, special products …) are only counted unless asked for. Ties go by name, then id, so the
 * order never depends on how the Foods table happened to be sorted.
 */
public final class CoverageTable {

    /** One row to rank: a food or a family standing on one member, with its figures. */
    public record Entry(String name, String group, CoverageFigures figures, boolean excluded, String sources) {
        public Food food() {
            return figures.food();
        }
    }

    /** What was ranked: the bars in order, and the rest grouped by why they have no bar. */
    public record Ranked(List<Entry> reaching, List<Entry> noServing, List<Entry> noneInFormsMeasured,
                         List<Entry> assumedZero, List<Entry> never, List<Entry> noData, int leftOut) {

        /** Every entry in the order a file lists them. */
        public List<Entry> all() {
            List<Entry> all = new ArrayList<>(reaching);
            all.addAll(noServing);
            all.addAll(noneInFormsMeasured);
            all.addAll(assumedZero);
            all.addAll(never);
            all.addAll(noData);
            return all;
        }
    }

    private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::name)
            .thenComparing(e -> e.food().id());

    private CoverageTable() {
    }

    public static Ranked rank(List<Entry> entries, boolean byServings, boolean includeExcluded) {
        List<Entry> reaching = new ArrayList<>();
        List<Entry> noServing = new ArrayList<>();
        List<Entry> noneIn = new ArrayList<>();
        List<Entry> assumed = new ArrayList<>();
        List<Entry> never = new ArrayList<>();
        List<Entry> noData = new ArrayList<>();
        int leftOut = 0;
        for (Entry e : entries) {
            if (e.excluded() && !includeExcluded) {
                leftOut++;
                continue;
            }
            switch (e.figures().state()) {
                case MEASURED, BELOW_BOUND -> (byServings && e.figures().serving() == null ? noServing : reaching).add(e);
                case NONE_IN_FORMS_MEASURED -> noneIn.add(e);
                case ASSUMED_ZERO -> assumed.add(e);
                case NEVER -> never.add(e);
                case NOT_MEASURED -> noData.add(e);
            }
        }
        reaching.sort(Comparator.comparingDouble((Entry e) -> (byServings ? e.figures().servings()
                : e.figures().grams()).grams().midpoint()).thenComparing(BY_NAME));
        for (List<Entry> list : List.of(noServing, noneIn, assumed, never, noData)) {
            list.sort(BY_NAME);
        }
        return new Ranked(reaching, noServing, noneIn, assumed, never, noData, leftOut);
    }

    /**
     * The figures of a family for a target: the member that stands for the family for the counted forms (the one
     * family rule, {@link FamilyCell#of}: members left out of rankings and unpublished values never chosen), or, when
     * no member has a value, the member the family row stands on. {@code serving} is the row's one portion (the one
     * chosen for the food the row stands on), used whichever member the figures come from.
     */
    public static CoverageFigures family(List<Food> members, Food fallback, DailyTarget target, Portion serving) {
        Optional<FamilyCell> cell = FamilyCell.of(members, f -> target.counted().per100g(f));
        return cell.map(c -> CoverageFigures.of(c.bestFood(), Optional.of(c.best()), target, serving))
                .orElseGet(() -> CoverageFigures.of(members.isEmpty() ? fallback : FamilyCell.standIn(members),
                        Optional.empty(), target, serving));
    }

    /** The preferred portion when it is one of the food's own, else the food's first portion (or none). */
    public static Portion portionOf(Food food, Portion preferred) {
        if (preferred != null && food.portions().contains(preferred)) {
            return preferred;
        }
        return food.portions().isEmpty() ? null : food.portions().get(0);
    }

    /** What a coverage table is worked out for: the chart's settings, the same in the app and on the command line. */
    public record Settings(DailyTarget target, boolean oneRowPerFood, boolean byServings, boolean includeSpecial) {
    }

    /**
     * The entries of a whole catalog, as the app's Coverage tab lists them with no search or filter: one per food, or
     * (one row per food) one per family standing on its member for the counted forms, each with its first portion.
     * Families, members and source labels come from the catalog's own indexes.
     */
    public static List<Entry> entries(Catalog catalog, Settings settings) {
        Map<String, String> labels = FoodNames.labels(catalog);
        List<Entry> entries = new ArrayList<>();
        Set<String> familiesDone = new HashSet<>();
        for (Food food : catalog.foods()) {
            Optional<FoodFamily> family = settings.oneRowPerFood() ? catalog.family(food.familyId()) : Optional.empty();
            if (family.isEmpty()) {
                entries.add(single(food, portionOf(food, null), settings.target(), labels));
            } else if (familiesDone.add(family.get().id())) {
                List<Food> members = family.get().members().stream().map(catalog::food).flatMap(Optional::stream)
                        .toList();
                // The row's portion is the first of the member whose portions the family row offers, as in the app.
                Portion serving = members.isEmpty() ? portionOf(food, null)
                        : portionOf(FamilyCell.portionsOf(members), null);
                entries.add(familyEntry(family.get().name(), members, food, serving, settings.target(), labels));
            }
        }
        return entries;
    }

    /** The entry of one food on its own. */
    public static Entry single(Food food, Portion serving, DailyTarget target, Map<String, String> labels) {
        return new Entry(food.name(), food.group(), CoverageFigures.of(food, target, serving),
                food.excludedFromRankings(), FoodNames.sourceLabels(food, labels));
    }

    /** The entry of a family: its name, the member its figures come from (named in the sources), that member's group. */
    public static Entry familyEntry(String name, List<Food> members, Food fallback, Portion preferred,
                                    DailyTarget target, Map<String, String> labels) {
        CoverageFigures figures = family(members, fallback, target, preferred);
        Food from = figures.food();
        return new Entry(name, from.group(), figures, from.excludedFromRankings(),
                FoodNames.withSource(from, labels));
    }
}
