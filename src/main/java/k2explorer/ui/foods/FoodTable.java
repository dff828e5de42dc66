package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.FoodNames;
import k2explorer.i18n.Messages;

/**
 * The rows of the Foods table for one catalog, made once and never changed: one per source's food, and one per food
 * family (foods without a family keep their own row) for "one row per food". Each row is found by its food id or by
 * its {@link FoodRow#key() key}. Plain Java, so it can be built off the UI thread.
 */
public final class FoodTable {
    static final FoodTable EMPTY = new FoodTable(List.of(), Map.of(), List.of(), Map.of());

    private final List<FoodRow> perSource;
    private final Map<String, FoodRow> byId;
    private final List<FoodRow> perFamily;
    private final Map<String, FoodRow> familyRowByFood;
    /** The family rows by their key ("family:" and the family's id); other rows are found by food id. */
    private final Map<String, FoodRow> familyByKey;

    private FoodTable(List<FoodRow> perSource, Map<String, FoodRow> byId, List<FoodRow> perFamily,
                      Map<String, FoodRow> familyRowByFood) {
        this.perSource = List.copyOf(perSource);
        this.byId = Map.copyOf(byId);
        this.perFamily = List.copyOf(perFamily);
        this.familyRowByFood = Map.copyOf(familyRowByFood);
        Map<String, FoodRow> families = new HashMap<>();
        for (FoodRow row : perFamily) {
            if (row.family() != null) {
                families.put(row.key(), row);
            }
        }
        this.familyByKey = Map.copyOf(families);
    }

    /** The per-source rows of a catalog. Pure work with no shared state: call it off the UI thread. */
    public static List<FoodRow> rowsOf(Catalog catalog) {
        Map<String, String> labels = FoodNames.labels(catalog);
        // Most rows name one source: they share one label string and its search words instead of ~10,000 copies.
        FoodRow.RowMaker maker = new FoodRow.RowMaker();
        List<FoodRow> rows = new ArrayList<>(catalog.foods().size());
        for (Food f : catalog.foods()) {
            rows.add(maker.row(f, sourceLabels(f, labels)));
        }
        return Collections.unmodifiableList(rows);
    }

    /** The table of a catalog whose per-source rows were made with {@link #rowsOf}. */
    public static FoodTable of(Catalog catalog, List<FoodRow> perSource) {
        Map<String, FoodRow> byId = new LinkedHashMap<>();
        perSource.forEach(r -> byId.put(r.food().id(), r));
        Map<String, String> labels = FoodNames.labels(catalog);
        Map<String, FoodRow> byFamily = new HashMap<>();
        Map<String, FoodRow> byFood = new HashMap<>();
        List<FoodRow> families = new ArrayList<>();
        for (FoodRow row : perSource) {
            Optional<FoodFamily> family = catalog.family(row.food().familyId());
            if (family.isEmpty()) {
                families.add(row);
                byFood.put(row.food().id(), row);
                continue;
            }
            FoodRow familyRow = byFamily.computeIfAbsent(family.get().id(), id -> {
                List<Food> members = family.get().members().stream().map(byId::get).filter(Objects::nonNull)
                        .map(FoodRow::food).toList();
                TreeSet<String> sources = new TreeSet<>();
                members.forEach(m -> sources.add(labels.getOrDefault(m.sourceId(), m.sourceId())));
                FoodRow made = FoodRow.family(family.get(), members.isEmpty() ? List.of(row.food()) : members,
                        Messages.get("foods.familySources", members.size(), String.join("; ", sources)));
                families.add(made);
                return made;
            });
            byFood.put(row.food().id(), familyRow);
        }
        return new FoodTable(perSource, byId, families, byFood);
    }

    /** The rows the table is made of: one per source's food, or one per family. */
    public List<FoodRow> rows(boolean oneRowPerFamily) {
        return oneRowPerFamily ? perFamily : perSource;
    }

    /** The per-source row of a food. */
    public Optional<FoodRow> row(String foodId) {
        return Optional.ofNullable(byId.get(foodId));
    }

    /** The row that shows a food: its family's row when one row per family, else its own. */
    public Optional<FoodRow> shownRow(String foodId, boolean oneRowPerFamily) {
        return Optional.ofNullable(oneRowPerFamily ? familyRowByFood.get(foodId) : byId.get(foodId));
    }

    /** The row with this {@link FoodRow#key() key} (a food id, or a family's key), in either mode. */
    public Optional<FoodRow> byKey(String key) {
        FoodRow family = familyByKey.get(key);
        return Optional.ofNullable(family != null ? family : byId.get(key));
    }

    private static String sourceLabels(Food food, Map<String, String> labels) {
        String text = FoodNames.sourceLabels(food, labels);
        return food.values().isEmpty() && !food.reportedMeasures().isEmpty()
                ? Messages.get("foods.reportedOnly", text) : text;
    }
}
