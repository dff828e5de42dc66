package k2explorer.ui.foods;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.EvidenceRank;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.coverage.CoverageTable;
import k2explorer.i18n.Messages;

/**
 * A food named outside the Foods table (plans, print, pickers) goes with its source, so look-alike rows — three
 * "Natto" from three sources — are never confused: "Natto (USDA SR28)".
 */
public final class FoodNames {
    private FoodNames() {
    }

    /** The name with the sources of the food's values; the name alone when the food is not in the catalog. */
    public static String withSource(String foodId, String name, Catalog catalog) {
        if (catalog == null) {
            return name;
        }
        return catalog.food(foodId).map(f -> withSource(name, f, catalog)).orElse(name);
    }

    /** The food's own name with its sources. */
    public static String withSource(Food food, Catalog catalog) {
        return withSource(food.name(), food, catalog);
    }

    private static String withSource(String name, Food food, Catalog catalog) {
        Map<String, String> labels = new HashMap<>();
        catalog.sources().forEach(s -> labels.put(s.id(), s.shortLabel()));
        return Messages.get("food.withSource", name, CoverageTable.sourceLabels(food, labels));
    }

    /**
     * By name; among foods of the same name, the best-supported first: the one whose total vitamin K covers most
     * forms, then the strongest evidence ({@link EvidenceRank}); products left out of rankings after the others.
     */
    public static List<FoodRow> inPickerOrder(List<FoodRow> rows) {
        return rows.stream().sorted(Comparator.comparing((FoodRow r) -> r.food().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.food().excludedFromRankings())
                .thenComparing(r -> -formsMeasured(r.food()))
                .thenComparingInt(r -> EvidenceRank.of(r.food(), r.food().totalK().map(FormTotal::includedForms)
                        .orElse(Set.of())))
                .thenComparing(r -> r.food().id())).toList();
    }

    private static int formsMeasured(Food food) {
        return food.totalK().map(t -> t.includedForms().size()).orElse(0);
    }
}
