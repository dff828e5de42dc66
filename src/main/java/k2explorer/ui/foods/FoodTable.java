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
 *
 * <p>The family rows are made the first time anything asks for them (the table in "one row per food", a family's
 * key, a food's family row), once per table, whatever thread asks: the default view, one row per source, does not
 * need them, so start-up does not make them before the first frame. The app makes them off the FX thread
 * ({@link #familyRows()}) when "one row per food" was saved, after the first frame otherwise, and after each change
 * to the user's foods; asked earlier, they are made (or waited for) on the asking thread, the same rows.
 */
public final class FoodTable {
    static final FoodTable EMPTY = new FoodTable(null, List.of(), index(List.of()));

    /** The catalog the rows show (for the family rows' source labels); null for the empty table. */
    private final Catalog catalog;
    private final List<FoodRow> perSource;
    /** The per-source rows' places by food id (of rows sharing an id, the last). */
    private final IdIndex byId;
    /** The family rows, once made; read without a lock once set (immutable). */
    private volatile Families families;

    /**
     * The rows for one row per food, and the family rows by their family's id (a food of a family is shown by its
     * family's row, any other by its own) and by their key ("family:" and the family's id; other rows are found by
     * food id). Ten thousand rows are indexed once per start by an index of ints, and a food of a family finds its
     * family's row through its family's id, so no map holds an entry per food. Never changed nor handed out.
     */
    private record Families(List<FoodRow> rows, Map<String, FoodRow> byFamilyId, Map<String, FoodRow> byKey) {
    }

    private FoodTable(Catalog catalog, List<FoodRow> perSource, IdIndex byId) {
        this.catalog = catalog;
        this.perSource = perSource;
        this.byId = byId;
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

    /**
     * The table of a catalog whose per-source rows were made with {@link #rowsOf}; its family rows are made when
     * first asked for.
     */
    public static FoodTable of(Catalog catalog, List<FoodRow> perSource) {
        List<FoodRow> rows = List.copyOf(perSource);
        return new FoodTable(catalog, rows, index(rows));
    }

    /**
     * The rows for one row per food, made now if not yet (once per table; a thread asking while another makes them
     * waits for those). Pure work: the app calls it off the FX thread before the user can need the rows.
     */
    public List<FoodRow> familyRows() {
        return families().rows();
    }

    /** Whether the family rows were made yet (for tests: the default view and start-up do not make them). */
    public boolean familyRowsMade() {
        return families != null;
    }

    private Families families() {
        Families made = families;
        if (made == null) {
            synchronized (this) {
                made = families;
                if (made == null) {
                    made = makeFamilies();
                    families = made;
                }
            }
        }
        return made;
    }

    private Families makeFamilies() {
        if (catalog == null) {
            return new Families(List.of(), Map.of(), Map.of());
        }
        Map<String, String> labels = FoodNames.labels(catalog);
        Map<String, FoodRow> byFamily = new HashMap<>();
        List<FoodRow> rows = new ArrayList<>();
        for (FoodRow row : perSource) {
            Optional<FoodFamily> family = catalog.family(row.food().familyId());
            if (family.isEmpty()) {
                rows.add(row);
                continue;
            }
            byFamily.computeIfAbsent(family.get().id(), id -> {
                List<Food> foods = new ArrayList<>();
                for (String member : family.get().members()) {
                    int place = byId.placeOf(member);
                    if (place >= 0) {
                        foods.add(perSource.get(place).food());
                    }
                }
                TreeSet<String> sources = new TreeSet<>();
                foods.forEach(m -> sources.add(labels.getOrDefault(m.sourceId(), m.sourceId())));
                FoodRow made = FoodRow.family(family.get(), foods.isEmpty() ? List.of(row.food()) : foods,
                        Messages.get("foods.familySources", foods.size(), String.join("; ", sources)));
                rows.add(made);
                return made;
            });
        }
        Map<String, FoodRow> byKey = new HashMap<>();
        for (FoodRow row : byFamily.values()) {
            byKey.put(row.key(), row);
        }
        return new Families(List.copyOf(rows), byFamily, byKey);
    }

    /** The rows' places by food id; of rows sharing an id, the last is found (as a map filled in order would). */
    private static IdIndex index(List<FoodRow> rows) {
        return new IdIndex(rows.size(), place -> rows.get(place).food().id(), false);
    }

    /** The rows the table is made of: one per source's food, or one per family. */
    public List<FoodRow> rows(boolean oneRowPerFamily) {
        return oneRowPerFamily ? familyRows() : perSource;
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
        return Optional.of(families().byFamilyId().getOrDefault(own.food().familyId(), own));
    }

    /** The row with this {@link FoodRow#key() key} (a food id, or a family's key), in either mode. */
    public Optional<FoodRow> byKey(String key) {
        // Only a key starting "family:" can name a family row: a food's key is found without making them.
        FoodRow family = isFamilyKey(key) ? families().byKey().get(key) : null;
        return Optional.ofNullable(family != null ? family : own(key));
    }

    /** Whether a {@link FoodRow#key() key} may name a family row (only those are found through the family rows). */
    public static boolean isFamilyKey(String key) {
        return key.startsWith(FoodRow.FAMILY_KEY);
    }

    private static String sourceLabels(Food food, Map<String, String> labels) {
        String text = FoodNames.sourceLabels(food, labels);
        return food.values().isEmpty() && !food.reportedMeasures().isEmpty()
                ? Messages.get("foods.reportedOnly", text) : text;
    }
}
