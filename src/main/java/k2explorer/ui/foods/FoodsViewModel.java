package k2explorer.ui.foods;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.EvidenceRank;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.catalog.SearchText;
import k2explorer.catalog.Source;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.CoverageTable;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;

/**
 * State of the Foods view: the catalog rows, the search and filters, the sort order and the basis. Needs no
 * running FX toolkit, so it is tested as plain Java.
 */
public final class FoodsViewModel {
    private final ObservableList<FoodRow> rows = FXCollections.observableArrayList();
    /** Every row in the current sort order; sorted only when the order (or what it reads) changes. */
    private final List<FoodRow> sortedAll = new ArrayList<>();
    /** What the table shows: sortedAll filtered. Filtering keeps the order, so typing never re-sorts. */
    private final ObservableList<FoodRow> visible = FXCollections.observableArrayList();
    /** Results of the queries typed on the way to the current one, so narrowing and backspace are cheap. */
    private final ArrayDeque<FilterResult> narrowing = new ArrayDeque<>();
    private FilterResult current;
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<FoodRow> picked = FXCollections.observableArrayList();
    /** The portion (number) the user chose per food id: the one place a food's portion lives across row rebuilds. */
    private final Map<String, Integer> chosenPortions = new TreeMap<>();
    private Map<String, FoodRow> rowsById = Map.of();
    /** One row per family (and the foods that have none), for "one row per food". */
    private List<FoodRow> familyRows = List.of();
    private Map<String, FoodRow> familyRowByFood = Map.of();
    private final BooleanProperty oneRowPerFamily = new SimpleBooleanProperty(this, "oneRowPerFamily");
    private final BooleanProperty rankSpecialProducts = new SimpleBooleanProperty(this, "rankSpecialProducts");
    private final BooleanProperty welcomeDismissed = new SimpleBooleanProperty(this, "welcomeDismissed");
    /** Columns hidden from the table; these few by default, so the table fits a 1280-pixel window. */
    private final ObservableSet<FoodColumn> hiddenColumns = FXCollections.observableSet(EnumSet.of(
            FoodColumn.GROUP, FoodColumn.DIHYDRO_K1, FoodColumn.SERVINGS_TO_TARGET, FoodColumn.SERVING));

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<String> group = new SimpleObjectProperty<>(this, "group");
    private final ObjectProperty<KForm> form = new SimpleObjectProperty<>(this, "form");
    private final BooleanProperty onlyWithK2 = new SimpleBooleanProperty(this, "onlyWithK2");
    private final ObjectProperty<Basis> basis = new SimpleObjectProperty<>(this, "basis", Basis.PER_100G);
    private final ObjectProperty<FoodRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DailyTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper valuesRevision =
            new ReadOnlyIntegerWrapper(this, "valuesRevision");
    private List<SortKey> sortKeys = List.of();
    private static final int PARALLEL_THRESHOLD = 50_000;

    public FoodsViewModel() {
        query.addListener((obs, old, now) -> refilter());
        group.addListener((obs, old, now) -> refilter());
        form.addListener((obs, old, now) -> refilter());
        onlyWithK2.addListener((obs, old, now) -> refilter());
        oneRowPerFamily.addListener((obs, old, now) -> {
            String selectedId = selected.get() == null ? null : selected.get().food().id();
            resort();
            if (selectedId != null) {
                selected.set(shownRow(selectedId).orElse(null));
            }
        });
        rankSpecialProducts.addListener((obs, old, now) -> resort());
        basis.addListener((obs, old, now) -> valuesChanged());
        target.addListener((obs, old, now) -> valuesChanged());
        visible.addListener((ListChangeListener<FoodRow>) c -> updateSummary());
    }

    /** The rows one filter state lets through, with that state. */
    private record FilterResult(SearchText.Query query, String group, KForm form, boolean k2, List<FoodRow> rows) {

        boolean sameFilters(String g, KForm f, boolean onlyK2) {
            return Objects.equals(group, g) && form == f && k2 == onlyK2;
        }
    }

    /** Replaces the rows with a newly loaded catalog. Call on the FX thread (or in tests, any one thread). */
    public void setCatalog(Catalog newCatalog) {
        setCatalog(newCatalog, rowsOf(newCatalog));
    }

    /** The table rows of a catalog. Pure work with no shared state: call it off the FX thread. */
    public static List<FoodRow> rowsOf(Catalog catalog) {
        Map<String, String> labels = catalog.sources().stream()
                .collect(Collectors.toMap(Source::id, Source::shortLabel));
        return catalog.foods().stream().map(f -> new FoodRow(f, sourceLabels(f, labels))).toList();
    }

    /**
     * Shows a catalog whose rows were prepared (off the FX thread) with {@link #rowsOf}. The user's choices for a
     * food (its portion, the selection) are kept by food id, so rows rebuilt after a change keep them.
     */
    public void setCatalog(Catalog newCatalog, List<FoodRow> newRows) {
        String selectedId = selected.get() == null ? null : selected.get().food().id();
        Map<String, FoodRow> index = new HashMap<>();
        for (FoodRow row : newRows) {
            index.put(row.food().id(), row);
            applyChosenPortion(row);
        }
        rowsById = index;
        buildFamilyRows(newCatalog, newRows);
        catalog.set(newCatalog);
        groups.setAll(new TreeSet<>(newCatalog.foods().stream().map(Food::group).toList()));
        rows.setAll(newRows);
        resort();
        if (selectedId != null) {
            selected.set(shownRow(selectedId).orElse(null));
        }
    }

    /**
     * A row for each family, standing on its best-supported member, in the place of that family's first food; foods
     * without a family keep their own row.
     */
    private void buildFamilyRows(Catalog c, List<FoodRow> perFood) {
        Map<String, String> labels = c.sources().stream().collect(Collectors.toMap(Source::id, Source::shortLabel));
        Map<String, FoodRow> byFamily = new HashMap<>();
        Map<String, FoodRow> byFood = new HashMap<>();
        List<FoodRow> result = new ArrayList<>();
        for (FoodRow row : perFood) {
            Optional<FoodFamily> family = c.family(row.food().familyId());
            if (family.isEmpty()) {
                result.add(row);
                byFood.put(row.food().id(), row);
                continue;
            }
            FoodRow familyRow = byFamily.computeIfAbsent(family.get().id(), id -> {
                List<Food> members = family.get().members().stream().map(rowsById::get).filter(Objects::nonNull)
                        .map(FoodRow::food).toList();
                Food best = members.stream().min(Comparator.comparingInt((Food f) -> EvidenceRank.of(f,
                        EnumSet.allOf(KForm.class))).thenComparing(f -> !family.get().isSameFood(f.id()))
                        .thenComparing(f -> -f.values().size())).orElse(row.food());
                TreeSet<String> sources = new TreeSet<>();
                members.forEach(m -> sources.add(labels.getOrDefault(m.sourceId(), m.sourceId())));
                FoodRow made = FoodRow.family(family.get(), best, members, Messages.get("foods.familySources",
                        members.size(), String.join("; ", sources)));
                applyChosenPortion(made);
                result.add(made);
                return made;
            });
            byFood.put(row.food().id(), familyRow);
        }
        familyRows = List.copyOf(result);
        familyRowByFood = byFood;
    }

    /** The rows the table is made of now: one per source's food, or one per family. */
    private List<FoodRow> activeRows() {
        return oneRowPerFamily.get() ? familyRows : rows;
    }

    /** The row that shows a food in the table as it is now (its family's row when one row per family). */
    public Optional<FoodRow> shownRow(String foodId) {
        return Optional.ofNullable(oneRowPerFamily.get() ? familyRowByFood.get(foodId) : rowsById.get(foodId));
    }

    /** True once the user has closed the first-screen welcome strip (remembered between runs). */
    public BooleanProperty welcomeDismissedProperty() {
        return welcomeDismissed;
    }

    /** The table columns the user has hidden (remembered between runs). */
    public ObservableSet<FoodColumn> hiddenColumns() {
        return hiddenColumns;
    }

    /** One row per food family (every source's numbers as a spread) instead of one row per source. */
    public BooleanProperty oneRowPerFamilyProperty() {
        return oneRowPerFamily;
    }

    /**
     * Off by default: fortified, experimental and special products (and foods with only reported totals) come after
     * the everyday foods when sorting by a number, so a "richest first" order starts with foods people eat.
     */
    public BooleanProperty rankSpecialProductsProperty() {
        return rankSpecialProducts;
    }

    private void applyChosenPortion(FoodRow row) {
        Integer seq = chosenPortions.get(row.food().id());
        if (seq != null) {
            row.food().portions().stream().filter(p -> p.seq() == seq).findFirst()
                    .ifPresent(p -> row.servingProperty().set(p));
        }
    }

    private static String sourceLabels(Food food, Map<String, String> labels) {
        TreeSet<String> ids = new TreeSet<>();
        ids.add(food.sourceId());
        food.values().forEach(v -> ids.add(v.sourceId()));
        String text = ids.stream().map(id -> labels.getOrDefault(id, id)).collect(Collectors.joining("; "));
        return food.values().isEmpty() && !food.reportedMeasures().isEmpty() ? Messages.get("foods.reportedOnly", text) : text;
    }

    /** The list the table shows: sorted, then filtered. */
    public ObservableList<FoodRow> visibleRows() {
        return visible;
    }

    /** The rows the user has selected in the table (for "compare" and "only these foods"). */
    /** Every row of the catalog, whatever the search and filters. */
    public List<FoodRow> allRows() {
        return Collections.unmodifiableList(rows);
    }

    public ObservableList<FoodRow> pickedRows() {
        return picked;
    }

    /** The row showing a food now; after the catalog changes, a different row object for the same food. */
    public Optional<FoodRow> row(String foodId) {
        return Optional.ofNullable(rowsById.get(foodId));
    }

    public ObservableList<String> groups() {
        return groups;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> groupProperty() {
        return group;
    }

    public ObjectProperty<KForm> formProperty() {
        return form;
    }

    public BooleanProperty onlyWithK2Property() {
        return onlyWithK2;
    }

    public ObjectProperty<Basis> basisProperty() {
        return basis;
    }

    /** The daily target the coverage columns work toward; null when none is set. */
    public ObjectProperty<DailyTarget> targetProperty() {
        return target;
    }

    public ObjectProperty<FoodRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** "Showing 12 of 8,5xx foods". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Sorts by the given columns, first key first. An empty list restores catalog order. */
    public void sortBy(List<SortKey> keys) {
        sortKeys = List.copyOf(keys);
        resort();
    }

    /** Selects a food by id, clearing the search and filters if they hide it. False if no such food. */
    public boolean selectFood(String foodId) {
        Optional<FoodRow> row = shownRow(foodId);
        if (row.isEmpty()) {
            return false;
        }
        if (!visible.contains(row.get())) {
            query.set("");
            group.set(null);
            form.set(null);
            onlyWithK2.set(false);
        }
        selected.set(row.get());
        return true;
    }

    /** Chooses the household portion the per-serving basis uses for one food. */
    public void choosePortion(FoodRow row, Portion portion) {
        if (portion != null && !row.food().portions().contains(portion)) {
            throw new IllegalArgumentException(portion.label() + " is not a portion of " + row.food().name());
        }
        if (row.serving() != portion) {
            setPortion(row, portion);
            valuesChanged();
        }
    }

    private void setPortion(FoodRow row, Portion portion) {
        row.servingProperty().set(portion);
        if (portion == null || row.food().portions().indexOf(portion) == 0) {
            chosenPortions.remove(row.food().id());
        } else {
            chosenPortions.put(row.food().id(), portion.seq());
        }
    }

    /** The portions the user chose (food id → portion number), to remember between runs. */
    public Map<String, Integer> chosenPortions() {
        return Map.copyOf(chosenPortions);
    }

    /**
     * Re-applies remembered portion choices, sorting once for all of them; foods or portions that no longer exist
     * are skipped.
     */
    public void restorePortions(Map<String, Integer> saved) {
        boolean changed = false;
        for (Map.Entry<String, Integer> e : saved.entrySet()) {
            FoodRow row = rowsById.get(e.getKey());
            Optional<Portion> portion = row == null ? Optional.empty() : row.food().portions().stream()
                    .filter(p -> p.seq() == e.getValue()).findFirst();
            if (portion.isPresent() && row.serving() != portion.get()) {
                setPortion(row, portion.get());
                changed = true;
            }
        }
        if (changed) {
            valuesChanged();
        }
    }

    /** Increases whenever shown amounts change without the rows changing (basis, a chosen portion). */
    public ReadOnlyIntegerProperty valuesRevisionProperty() {
        return valuesRevision.getReadOnlyProperty();
    }

    private void valuesChanged() {
        resort();
        valuesRevision.set(valuesRevision.get() + 1);
    }

    private void resort() {
        List<FoodRow> ordered = FoodRowComparators.sorted(activeRows(), sortKeys, this::value,
                !rankSpecialProducts.get());
        sortedAll.clear();
        sortedAll.addAll(ordered);
        narrowing.clear();
        current = null;
        refilter();
    }

    /** The number a numeric column shows for a row under the current basis and target. */
    public Optional<ColumnValue> value(FoodRow row, FoodColumn column) {
        if (!column.isCoverage()) {
            return row.value(column, basis.get());
        }
        DailyTarget t = target.get();
        if (t == null) {
            return Optional.empty();
        }
        CoverageFigures figures = coverage(row, t);
        if (!figures.measured()) {
            return Optional.empty();
        }
        return switch (column) {
            case GRAMS_TO_TARGET -> Optional.of(ColumnValue.coverage(figures, figures.grams(), null));
            case SERVINGS_TO_TARGET -> figures.servings() == null ? Optional.empty()
                    : Optional.of(ColumnValue.coverage(figures, figures.servings(), null));
            case PERCENT_PER_SERVING -> figures.percent() == null ? Optional.empty()
                    : Optional.of(ColumnValue.coverage(figures, null, figures.percent()));
            default -> Optional.empty();
        };
    }

    /**
     * The coverage figures of a row for a target (the one calculation every view uses); a family row reaches the
     * target as its best-supported source for the counted forms says.
     */
    public CoverageFigures coverage(FoodRow row, DailyTarget t) {
        if (row.family() == null) {
            return CoverageFigures.of(row.food(), row.counted(t.counted()), t, row.serving());
        }
        return CoverageTable.family(row.foods(), row.food(), t, row.serving());
    }

    private void refilter() {
        SearchText.Query query = SearchText.Query.of(this.query.get());
        String wantedGroup = group.get();
        KForm wantedForm = form.get();
        boolean k2 = onlyWithK2.get();
        // Backspace: a query typed on the way here already has its result.
        while (!narrowing.isEmpty() && !(narrowing.peek().sameFilters(wantedGroup, wantedForm, k2)
                && query.narrows(narrowing.peek().query()))) {
            narrowing.pop();
        }
        FilterResult base = current != null && current.sameFilters(wantedGroup, wantedForm, k2)
                && query.narrows(current.query()) ? current : narrowing.peek();
        if (base != null && base.query().text().equals(query.text()) && base != current) {
            current = base;
            narrowing.pop();
            visible.setAll(base.rows());
            return;
        }
        List<FoodRow> from = base == null ? sortedAll : base.rows();
        List<FoodRow> result;
        if (query.isEmpty() && wantedGroup == null && wantedForm == null && !k2) {
            result = sortedAll;
        } else {
            Predicate<FoodRow> keep = row -> query.matches(row.searchKey())
                    && (wantedGroup == null || row.inGroup(wantedGroup))
                    && (wantedForm == null || row.hasForm(wantedForm))
                    && (!k2 || row.hasMeasuredK2());
            result = filterInOrder(from, keep);
        }
        if (current != null && base == current) {
            narrowing.push(current);
        }
        current = new FilterResult(query, wantedGroup, wantedForm, k2, List.copyOf(result));
        visible.setAll(current.rows());
    }

    /** Keeps the order of {@code from}; large lists are tested on all cores (the order is restored after). */
    static List<FoodRow> filterInOrder(List<FoodRow> from, Predicate<FoodRow> keep) {
        int n = from.size();
        List<FoodRow> result = new ArrayList<>();
        if (n < PARALLEL_THRESHOLD) {
            for (FoodRow row : from) {
                if (keep.test(row)) {
                    result.add(row);
                }
            }
            return result;
        }
        boolean[] kept = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> kept[i] = keep.test(from.get(i)));
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                result.add(from.get(i));
            }
        }
        return result;
    }

    private void updateSummary() {
        summary.set(Messages.get(oneRowPerFamily.get() ? "foods.summary.families" : "foods.summary",
                String.format("%,d", visible.size()), String.format("%,d", activeRows().size()),
                String.format("%,d", rows.size())));
    }
}
