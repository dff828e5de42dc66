package k2explorer.ui.foods;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogCounts;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.coverage.Coverage;
import k2explorer.coverage.DailyTarget;
import k2explorer.ui.foods.ColumnValue.Bound;
import k2explorer.catalog.KForm;
import k2explorer.catalog.SearchText;
import k2explorer.catalog.Source;

/**
 * State of the Foods view: the catalog rows, the search and filters, the sort order and the basis. Needs no
 * running FX toolkit, so it is tested as plain Java.
 */
public final class FoodsViewModel {
    private final ObservableList<FoodRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FoodRow> filtered = new FilteredList<>(rows);
    private final SortedList<FoodRow> sorted = new SortedList<>(filtered);
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<FoodRow> picked = FXCollections.observableArrayList();
    private final Map<String, Integer> chosenPortions = new java.util.TreeMap<>();

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<String> group = new SimpleObjectProperty<>(this, "group");
    private final ObjectProperty<KForm> form = new SimpleObjectProperty<>(this, "form");
    private final BooleanProperty onlyWithK2 = new SimpleBooleanProperty(this, "onlyWithK2");
    private final ObjectProperty<Basis> basis = new SimpleObjectProperty<>(this, "basis", Basis.PER_100G);
    private final ObjectProperty<FoodRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DailyTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final javafx.beans.property.ReadOnlyIntegerWrapper valuesRevision =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "valuesRevision");
    private List<SortKey> sortKeys = List.of();

    public FoodsViewModel() {
        query.addListener((obs, old, now) -> refilter());
        group.addListener((obs, old, now) -> refilter());
        form.addListener((obs, old, now) -> refilter());
        onlyWithK2.addListener((obs, old, now) -> refilter());
        basis.addListener((obs, old, now) -> valuesChanged());
        target.addListener((obs, old, now) -> valuesChanged());
        filtered.addListener((javafx.collections.ListChangeListener<FoodRow>) c -> updateSummary());
    }

    /** Replaces the rows with a newly loaded catalog. Call on the FX thread (or in tests, any one thread). */
    public void setCatalog(Catalog newCatalog) {
        Map<String, String> labels = newCatalog.sources().stream()
                .collect(Collectors.toMap(Source::id, Source::shortLabel));
        List<FoodRow> newRows = newCatalog.foods().stream()
                .map(f -> new FoodRow(f, sourceLabels(f, labels)))
                .toList();
        catalog.set(newCatalog);
        groups.setAll(new TreeSet<>(newCatalog.foods().stream().map(Food::group).toList()));
        rows.setAll(newRows);
        updateSummary();
    }

    private static String sourceLabels(Food food, Map<String, String> labels) {
        TreeSet<String> ids = new TreeSet<>();
        ids.add(food.sourceId());
        food.values().forEach(v -> ids.add(v.sourceId()));
        String text = ids.stream().map(id -> labels.getOrDefault(id, id)).collect(Collectors.joining("; "));
        return food.values().isEmpty() && !food.reportedMeasures().isEmpty() ? text + " (reported totals only)" : text;
    }

    /** The list the table shows: filtered, then sorted. */
    public SortedList<FoodRow> visibleRows() {
        return sorted;
    }

    /** The rows the user has selected in the table (for "compare" and "only these foods"). */
    public ObservableList<FoodRow> pickedRows() {
        return picked;
    }

    public Optional<FoodRow> row(String foodId) {
        return rows.stream().filter(r -> r.food().id().equals(foodId)).findFirst();
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

    public List<SortKey> sortKeys() {
        return sortKeys;
    }

    /** Sorts by the given columns, first key first. An empty list restores catalog order. */
    public void sortBy(List<SortKey> keys) {
        sortKeys = List.copyOf(keys);
        resort();
    }

    /** Selects a food by id, clearing the search and filters if they hide it. False if no such food. */
    public boolean selectFood(String foodId) {
        Optional<FoodRow> row = row(foodId);
        if (row.isEmpty()) {
            return false;
        }
        if (!filtered.contains(row.get())) {
            query.set("");
            group.set(null);
            form.set(null);
            onlyWithK2.set(false);
        }
        selected.set(row.get());
        return true;
    }

    /** Chooses the household portion the per-serving basis uses for one food. */
    public void choosePortion(FoodRow row, k2explorer.catalog.Portion portion) {
        if (portion != null && !row.food().portions().contains(portion)) {
            throw new IllegalArgumentException(portion.label() + " is not a portion of " + row.food().name());
        }
        if (row.serving() != portion) {
            row.servingProperty().set(portion);
            if (portion == null || row.food().portions().indexOf(portion) == 0) {
                chosenPortions.remove(row.food().id());
            } else {
                chosenPortions.put(row.food().id(), portion.seq());
            }
            valuesChanged();
        }
    }

    /** The portions the user chose (food id → portion number), to remember between runs. */
    public Map<String, Integer> chosenPortions() {
        return Map.copyOf(chosenPortions);
    }

    /** Re-applies remembered portion choices; foods or portions that no longer exist are skipped. */
    public void restorePortions(Map<String, Integer> saved) {
        saved.forEach((id, seq) -> row(id).ifPresent(r -> r.food().portions().stream()
                .filter(p -> p.seq() == seq).findFirst().ifPresent(p -> choosePortion(r, p))));
    }

    /** Increases whenever shown amounts change without the rows changing (basis, a chosen portion). */
    public javafx.beans.property.ReadOnlyIntegerProperty valuesRevisionProperty() {
        return valuesRevision.getReadOnlyProperty();
    }

    private void valuesChanged() {
        resort();
        valuesRevision.set(valuesRevision.get() + 1);
    }

    private void resort() {
        sorted.setComparator(FoodRowComparators.of(sortKeys, this::value));
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
        Optional<FormTotal> counted = t.counted().per100g(row.food());
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        boolean partial = counted.get().partial();
        Food food = row.food();
        return switch (column) {
            case GRAMS_TO_TARGET -> Coverage.gramsNeeded(food, t)
                    .map(g -> new ColumnValue(g, partial ? Bound.AT_MOST : Bound.EXACT,
                            counted.get().includedForms()));
            case SERVINGS_TO_TARGET -> Coverage.servingsNeeded(food, t, row.serving())
                    .map(g -> new ColumnValue(g, partial ? Bound.AT_MOST : Bound.EXACT,
                            counted.get().includedForms()));
            case PERCENT_PER_SERVING -> Coverage.percentPerServing(food, t, row.serving())
                    .map(g -> new ColumnValue(g, partial ? Bound.AT_LEAST : Bound.EXACT,
                            counted.get().includedForms()));
            default -> Optional.empty();
        };
    }

    public Optional<CatalogCounts> counts() {
        return Optional.ofNullable(catalog.get()).map(Catalog::counts);
    }

    /** The comment line a coverage export starts with: what the figures were computed against. */
    public String coverageHeader() {
        DailyTarget t = target.get();
        Catalog c = catalog.get();
        return "K2 Explorer coverage table; target: " + (t == null ? "none"
                : t.label() + " = " + k2explorer.catalog.Numbers.plain(t.microgramsPerDay()) + " µg/day; counting: "
                + t.counted().label()) + "; basis: counted amount per 100 g, servings of the chosen household portion"
                + "; rows: " + filtered.size() + " foods shown in the Foods table; data: "
                + (c == null ? "not loaded" : c.version().display());
    }

    /** The rows shown in the table, in their order, with their coverage figures. */
    public List<k2explorer.export.CoverageCsvExporter.Line> coverageLines() {
        DailyTarget t = target.get();
        return sorted.stream().map(row -> {
            Optional<FormTotal> counted = t == null ? Optional.empty() : t.counted().per100g(row.food());
            String bound = counted.map(c -> c.partial() ? "partial: counts " + c.includedLabel() + " only" : "exact")
                    .orElse("no data");
            return new k2explorer.export.CoverageCsvExporter.Line(row.food().id(), row.food().name(),
                    row.food().group(),
                    counted.map(c -> k2explorer.catalog.Numbers.rounded(c.amount(), 2)).orElse(""),
                    text(value(row, FoodColumn.GRAMS_TO_TARGET), 1),
                    text(value(row, FoodColumn.SERVINGS_TO_TARGET), 2),
                    text(value(row, FoodColumn.PERCENT_PER_SERVING), 1),
                    row.serving() == null ? "" : row.serving().label(), bound, row.sourceLabels());
        }).toList();
    }

    private static String text(Optional<ColumnValue> value, int digits) {
        return value.map(v -> k2explorer.catalog.Numbers.rounded(v.amount(), digits)).orElse("");
    }

    private void refilter() {
        List<String> words = SearchText.words(query.get() == null ? "" : query.get());
        String wantedGroup = group.get();
        KForm wantedForm = form.get();
        boolean k2 = onlyWithK2.get();
        Predicate<FoodRow> predicate = row -> SearchText.matches(row.searchKey(), words)
                && (wantedGroup == null || wantedGroup.equals(row.food().group()))
                && (wantedForm == null || row.food().hasForm(wantedForm))
                && (!k2 || row.food().hasK2Data());
        filtered.setPredicate(predicate);
    }

    private void updateSummary() {
        summary.set(String.format("Showing %,d of %,d foods", filtered.size(), rows.size()));
    }
}
