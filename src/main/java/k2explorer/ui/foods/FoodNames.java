package k2explorer.ui.foods;

import java.util.HashMap;
import java.util.Map;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
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
}
