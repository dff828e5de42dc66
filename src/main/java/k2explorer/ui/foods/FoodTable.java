package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.HashMap;
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
    static final FoodTable EMPTY = new FoodTable(List.of(), new HashMap<>(), List.of(), new HashMap<>());

    private final List<FoodRow> perSource;
    private final Map<String, FoodRow> byId;
    private final List<FoodRow> perFamily;
    /** The family rows by their family's id: a food of a family is shown by its family's row, any other by its own. */
    private final Map<String, FoodRow> familyRowById;
    /** The family rows by their key ("family:" and the family's id); other rows are found by food id. */
    private final Map<String, FoodRow> familyByKey;

    /*
     * The maps are filled here and never changed (nor handed out): ten thousand rows are indexed once per start, so
     * no second, immutable copy of them is made.
     */
    private FoodTable(List<FoodRow> perSource, Map<String, FoodRow> byId, List<FoodRow> perFamily,
                      Map<String, FoodRow> familyRowById) {
        this.perSource = List.copyOf(perSource);
        this.byId = byId;
        this.perFamily = List.copyOf(perFamily);
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
        // Most rows name one source: they share one label string instead of holding ~10,000 equal copies.
        Map<String, String> shared = new HashMap<>();
        return catalog.foods().stream()
                .map(f -> new FoodRow(f, shared.computeIfAbsent(sourceLabels(f, labels), text -> text))).toList();
    }

    /** The table of a catalog whose per-source rows were made with {@link #rowsOf}. */
    public static FoodTable of(Catalog catalog, List<FoodRow> perSource) {
        Map<String, FoodRow> byId = new HashMap<>(perSource.size() * 4 / 3 + 1);
        perSource.forEach(r -> byId.put(r.food().id(), r));
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
                List<Food> members = family.get().members().stream().map(byId::get).filter(Objects::nonNull)
                        .map(FoodRow::food).toList();
                TreeSet<String> sources = new TreeSet<>();
                members.forEach(m -> sources.add(labels.getOrDefault(m.sourceId(), m.sourceId())));
                FoodRow made = FoodRow.family(family.get(), members.isEmpty() ? List.of(row.food()) : members,
                        Messages.get("foods.familySources", members.size(), String.join("; ", sources)));
                families.add(made);
                return made;
            });
        }
        return new FoodTable(perSource, byId, families, byFamily);
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
        FoodRow own = byId.get(foodId);
        if (!oneRowPerFamily || own == null || own.food().familyId() == null) {
            return Optional.ofNullable(own);
        }
        return Optional.of(familyRowById.getOrDefault(own.food().familyId(), own));
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
