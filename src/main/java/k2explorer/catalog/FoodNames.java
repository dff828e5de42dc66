package k2explorer.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A food named outside the Foods table (plans and their totals, print, pickers, chart labels) goes with its source,
 * so look-alike rows — three "Natto" from three sources — are never confused: "Natto (USDA SR28)". The window and
 * the domain (plan totals, coverage entries) name foods here, so the name reads the same everywhere.
 */
public final class FoodNames {
    private FoodNames() {
    }

    /** The name with the sources of the food's values; the name alone when the food is not in the catalog. */
    public static String withSource(String foodId, String name, Catalog catalog) {
        if (catalog == null) {
            return name;
        }
        // One food: its sources looked up in the catalog's index, not a label map of every source built per call.
        return catalog.food(foodId).map(f -> named(name, sourceLabels(f,
                id -> catalog.source(id).map(Source::shortLabel).orElse(id)))).orElse(name);
    }

    /** The food's own name with its sources. */
    public static String withSource(Food food, Catalog catalog) {
        return withSource(food, labels(catalog));
    }

    /** The food's own name with its sources, by the short labels of {@link #labels(Catalog)}. */
    public static String withSource(Food food, Map<String, String> labels) {
        return withSource(food.name(), food, labels);
    }

    private static String withSource(String name, Food food, Map<String, String> labels) {
        return named(name, sourceLabels(food, labels));
    }

    /** A name with its sources' labels: "Natto (USDA SR28)". Punctuation only, no words, so the domain can use it. */
    public static String named(String name, String sourceLabels) {
        return name + " (" + sourceLabels + ")";
    }

    /** The sources a food's values come from, by their short labels: "USDA SR28; Kamao 2007". */
    public static String sourceLabels(Food food, Map<String, String> labels) {
        return sourceLabels(food, id -> labels.getOrDefault(id, id));
    }

    private static String sourceLabels(Food food, Function<String, String> label) {
        List<KValue> values = food.values();
        TreeSet<String> ids = null;
        for (int i = 0, n = values.size(); i < n; i++) {
            String id = values.get(i).sourceId();
            if (ids == null && !id.equals(food.sourceId())) {
                ids = new TreeSet<>();
                ids.add(food.sourceId());
            }
            if (ids != null) {
                ids.add(id);
            }
        }
        // Most foods' values all come from the food's own source (start-up labels ten thousand of them).
        if (ids == null) {
            return label.apply(food.sourceId());
        }
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            text.append(text.isEmpty() ? "" : "; ").append(label.apply(id));
        }
        return text.toString();
    }

    /** The short labels of the catalog's sources by id (none while no catalog is loaded). */
    public static Map<String, String> labels(Catalog catalog) {
        Map<String, String> labels = new HashMap<>();
        if (catalog != null) {
            catalog.sources().forEach(s -> labels.put(s.id(), s.shortLabel()));
        }
        return labels;
    }
}
