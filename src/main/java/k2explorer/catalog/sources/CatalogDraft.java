package k2explorer.catalog.sources;

import java.util.LinkedHashMap;
import java.util.Map;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.Source;
import k2explorer.csv.CsvTable;

/** The foods and sources the readers of the bundled files collect, checked as they are added. */
final class CatalogDraft {
    private final BundledData data;
    final Map<String, Source> sources = new LinkedHashMap<>();
    final Map<String, FoodDraft> foods = new LinkedHashMap<>();
    final Map<String, String> sourceCodes = new LinkedHashMap<>();
    final Map<String, String> derivationCodes = new LinkedHashMap<>();

    CatalogDraft(BundledData data) {
        this.data = data;
    }

    CsvTable table(String file, String... requiredColumns) {
        return data.table(file, requiredColumns);
    }

    FoodDraft addFood(FoodDraft food, CsvTable.Row row) {
        FoodDraft existing = foods.putIfAbsent(food.id, food);
        if (existing != null) {
            throw row.problem("food", "food id " + food.id + " is given twice ('" + existing.name + "', '"
                    + food.name + "')");
        }
        return food;
    }

    FoodDraft food(String id, CsvTable.Row row, String column) {
        FoodDraft food = foods.get(id);
        if (food == null) {
            throw row.problem(column, "no food " + id);
        }
        return food;
    }

    void requireSource(String key, CsvTable.Row row, String column) {
        if (!sources.containsKey(key)) {
            throw row.problem(column, "no source with key '" + key + "'");
        }
    }

    void addSourceOnce(Source source) {
        sources.putIfAbsent(source.id(), source);
    }

    static CatalogException problem(String message) {
        return new CatalogException(message);
    }
}
