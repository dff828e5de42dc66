package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.FoodNames;
import k2explorer.catalog.IdIndex;
import k2explorer.i18n.Messages;

/**
 * The rows of the Foods table for one catalog, made once and never changed: one per source's food, and one per food
 * family (foods without a family keep their own row) for "one row per food". Each row is found by its food id or by
 * its {@link FoodRow#key() key}. Plain Java, so it can be built off the UI thread.
 */
public final class FoodTable {
    static final FoodTable EMPTY = new FoodTable(List.of(), index(List.of()), List.of(), Map.of());

    private final List<FoodRow> perSource;
    /** The per-source rows' places by food id (of rows sharing an id, the last). */
    private final IdIndex byId;
    private final List<FoodRow> perFamily;
    /** The family rows by their family's id: a food of a family is shown by its family's row, any other by its own. */
    private final Map<String, FoodRow> familyRowById;
    /** The family rows by their key ("family:" and the family's id); other rows are found by food id. */
    private final Map<String, FoodRow> familyByKey;

    /*
     * Ten thousand rows are indexed once per start: by an index of ints, and a food of a family finds its family's row
     * through its family's id, so no map holds an entry per food. The maps are never changed nor handed out.
     */
    private FoodTable(List<FoodRow> perSource, IdIndex byId, List<FoodRow> perFamily,
                      Map<String, FoodRow> familyRowById) {
        this.perSource = perSource;
        this.byId = byId;
        this.perFamily = perFamily;
        this.familyRowById = familyRowById;
        Map<String, FoodRow> families = new HashMap<>();
        for (FoodRow row : familyRowById.values()) {
            families.put(row.key(), row);
        }
        this.familyByKey = families;
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
        List<FoodRow> rows = List.copyOf(perSource);
        IdIndex byId = index(rows);
        Map<String, String> labels = FoodNames.labels(catalog);
        Map<String, FoodRow> byFamily = new HashMap<>();
        List<FoodRow> families = new ArrayList<>();
        for (FoodRow row : perSource) {
            Optional<FoodFamily> family = catalog.family(row.food().familyId());
            if (family.isEmpty()) {
                families.add(row);
                continue;
            }
            byFamily.computeIfAbsent(family.get().id(), id -> {
                List<Food> foods = new ArrayList<>();
                for (String member : family.get().members()) {
                    int place = byId.placeOf(member);
                    if (place >= 0) {
                        foods.add(rows.get(place).food());
                    }
                }
                TreeSet<String> sources = new TreeSet<>();
                foods.forEach(m -> sources.add(labels.getOrDefault(m.sourceId(), m.sourceId())));
                FoodRow made = FoodRow.family(family.get(), foods.isEmpty() ? List.of(row.food()) : foods,
                        Messages.get("foods.familySources", foods.size(), String.join("; ", sources)));
                families.add(made);
                return made;
            });
        }
        return new FoodTable(rows, byId, List.copyOf(families), byFamily);
    }

    /** The rows' places by food id; of rows sharing an id, the last is found (as a map filled in order would). */
    private static IdIndex index(List<FoodRow> rows) {
        return new IdIndex(rows.size(), place -> rows.get(place).food().id(), false);
    }

    /** The rows the table is made of: one per source's food, or one per family. */
    public List<FoodRow> rows(boolean oneRowPerFamily) {
        return oneRowPerFamily ? perFamily : perSource;
    }

    /** The per-source row of a food. */
    public Optional<FoodRow> row(String foodId) {
        return Optional.ofNullable(own(foodId));
    }

    /** The per-source row of a food id, or null. */
    private FoodRow own(String foodId) {
        int place = byId.placeOf(foodId);
        return place < 0 ? null : perSource.get(place);
    }

    /** The row that shows a food: its family's row when one row per family, else its own. */
    public Optional<FoodRow> shownRow(String foodId, boolean oneRowPerFamily) {
        FoodRow own = own(foodId);
        if (!oneRowPerFamily || own == null || own.food().familyId() == null) {
            return Optional.ofNullable(own);
        }
        return Optional.of(familyRowById.getOrDefault(own.food().familyId(), own));
    }

    /** The row with this {@link FoodRow#key() key} (a food id, or a family's key), in either mode. */
    public Optional<FoodRow> byKey(String key) {
        FoodRow family = familyByKey.get(key);
        return Optional.ofNullable(family != null ? family : own(key));
    }

    private static String sourceLabels(Food food, Map<String, String> labels) {
        String text = FoodNames.sourceLabels(food, labels);
        return food.values().isEmpty() && !food.reportedMeasures().isEmpty()
                ? Messages.get("foods.reportedOnly", text) : text;
    }
}
