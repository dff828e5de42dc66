package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import k2explorer.catalog.CatalogCounts;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.catalog.SearchText;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;

/**
 * State of the Foods view: the search and filters, the sort order, the basis, the selection and the figures each
 * cell shows. The rows themselves come from a {@link FoodTable} (immutable rows, per source and per family), the
 * chosen portions from {@link PortionChoices}, and a row's coverage figures from {@link RowCoverage}; the coverage
 * export is the chart's ({@code CoverageChartModel.csv}). Needs no
 * running FX toolkit, so it is tested as plain Java.
 */
public final class FoodsViewModel {
    /** The order the Foods table starts in: richest in vitamin K2 first. */
    public static final SortKey STARTING_ORDER = SortKey.descending(FoodColumn.TOTAL_K2);
    private FoodTable table = FoodTable.EMPTY;
    /** Every row in the current sort order; sorted only when the order (or what it reads) changes. */
    private final List<FoodRow> sortedAll = new ArrayList<>();
    /** What the table shows: sortedAll filtered. Filtering keeps the order, so typing never re-sorts. */
    private final ObservableList<FoodRow> visible = FXCollections.observableArrayList();
    /** The search and filters, applied incrementally (narrowing and backspace are cheap). */
    private final RowFilter filter = new RowFilter();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<FoodRow> picked = FXCollections.observableArrayList();
    /** The portion the user chose per food id: the one place a food's portion lives. */
    private final PortionChoices portions = new PortionChoices();
    /** Each row's coverage figures for the target shown, so a sort by a coverage column reuses them. */
    private final RowCoverageCache coverage = new RowCoverageCache();
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
    /** A family's member the detail pane shows instead of the selected family row, or null. */
    private final ReadOnlyObjectWrapper<FoodRow> memberShown = new ReadOnlyObjectWrapper<>(this, "memberShown");
    private final ObjectProperty<DailyTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyBooleanWrapper catalogUnreadable = new ReadOnlyBooleanWrapper(this, "catalogUnreadable");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper valuesRevision =
            new ReadOnlyIntegerWrapper(this, "valuesRevision");
    private List<SortKey> sortKeys = List.of();
    /** The table's rows in the starting order, sorted off the FX thread ({@link #prepare}); used once, if it fits. */
    private List<FoodRow> preparedOrder;

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
        selected.addListener((obs, old, now) -> memberShown.set(null));
        basis.addListener((obs, old, now) -> valuesChanged());
        target.addListener((obs, old, now) -> valuesChanged());
        visible.addListener((ListChangeListener<FoodRow>) c -> updateSummary());
    }

    /** Replaces the rows with a newly loaded catalog. Call on the FX thread (or in tests, any one thread). */
    public void setCatalog(Catalog newCatalog) {
        setCatalog(prepare(newCatalog));
    }

    /**
     * A catalog with its Foods table (the rows per source; per family made if asked, else when first needed), made
     * off the FX thread by
     * {@link #prepare} and shown by {@link #setCatalog(Prepared)}: start-up and every change to the user's foods
     * build the rows in the background this way.
     */
    public record Prepared(Catalog catalog, FoodTable table, List<String> groups, List<FoodRow> startingOrder,
                           CatalogCounts counts) {
    }

    /**
     * The table of a catalog, its food groups in order, its counts (the status line's) and the rows in the
     * {@link #STARTING_ORDER}, so showing it costs the FX thread little; the family rows are made when first asked
     * for ({@link FoodTable#familyRows()}). Pure work with no shared state: call it off the FX thread.
     */
    public static Prepared prepare(Catalog catalog) {
        return prepare(catalog, false);
    }

    /**
     * As {@link #prepare(Catalog)}, making the family rows now too when {@code familyRows}: when the table will show
     * one row per food, so the FX thread does not make them.
     */
    public static Prepared prepare(Catalog catalog, boolean familyRows) {
        FoodTable table = FoodTable.of(catalog, FoodTable.rowsOf(catalog));
        if (familyRows) {
            table.familyRows();
        }
        TreeSet<String> groups = new TreeSet<>();
        for (Food food : catalog.foods()) {
            groups.add(food.group());
        }
        // The per-source rows in the starting order per 100 g, everyday foods first: what a fresh window shows, read
        // as a fresh view-model reads them (no portion chosen, no target).
        List<FoodRow> starting = FoodRowComparators.sorted(table.rows(false), List.of(STARTING_ORDER),
                new ShownValues(Basis.PER_100G, new PortionChoices(), null, null), true);
        return new Prepared(catalog, table, List.copyOf(groups), starting, catalog.counts());
    }

    /**
     * Shows a catalog whose table was prepared (off the FX thread) with {@link #prepare}. The user's choices for a
     * food (its portion, the selection) are kept by food id, so rows rebuilt after a change keep them.
     */
    public void setCatalog(Prepared prepared) {
        Catalog newCatalog = prepared.catalog();
        String selectedKey = selected.get() == null ? null : selected.get().key();
        String selectedFood = selected.get() == null ? null : selected.get().food().id();
        table = prepared.table();
        preparedOrder = prepared.startingOrder();
        coverage.clear();
        catalog.set(newCatalog);
        catalogUnreadable.set(false);
        groups.setAll(prepared.groups());
        resort();
        if (selectedKey != null) {
            selected.set(table.byKey(selectedKey).or(() -> shownRow(selectedFood)).orElse(null));
        }
    }

    /** The counts of the catalog shown (the status line's), counted when it was prepared; null before one is shown. */
    public CatalogCounts counts() {
        Catalog shown = catalog.get();
        return shown == null ? null : shown.counts();
    }

    /** The table's rows for the catalog shown (per source and per family). */
    public FoodTable table() {
        return table;
    }

    /** The rows the table is made of now: one per source's food, or one per family. */
    private List<FoodRow> activeRows() {
        return table.rows(oneRowPerFamily.get());
    }

    /** The row that shows a food in the table as it is now (its family's row when one row per family). */
    public Optional<FoodRow> shownRow(String foodId) {
        return table.shownRow(foodId, oneRowPerFamily.get());
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

    /** The list the table shows: sorted, then filtered. */
    public ObservableList<FoodRow> visibleRows() {
        return visible;
    }

    /** Every per-source row of the catalog, whatever the search and filters. */
    public List<FoodRow> allRows() {
        return table.rows(false);
    }

    /** The rows the user has selected in the table (for "compare" and "only these foods"). */
    public ObservableList<FoodRow> pickedRows() {
        return picked;
    }

    /** The per-source row of a food; after the catalog changes, a different row object for the same food. */
    public Optional<FoodRow> row(String foodId) {
        return table.row(foodId);
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

    /**
     * Start-up could not read the catalog, so the table stays empty for another reason than the search: true until
     * a catalog is shown. (While {@link #catalogProperty()} is null and this is false, the catalog is being read.)
     */
    public ReadOnlyBooleanProperty catalogUnreadableProperty() {
        return catalogUnreadable.getReadOnlyProperty();
    }

    /** Start-up failed to read the catalog; the window says why. */
    public void catalogUnreadable() {
        catalogUnreadable.set(catalog.get() == null);
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

    /**
     * Selects a food by id, clearing the search and filters if they hide it. False if no such food. With one row per
     * family, a member of the family already selected (a "same food in other sources" link) is shown in the detail
     * pane while its family's row stays selected.
     */
    public boolean selectFood(String foodId) {
        Optional<FoodRow> row = shownRow(foodId);
        if (row.isEmpty()) {
            return false;
        }
        if (row.get() == selected.get() && row.get().family() != null) {
            memberShown.set(row.get().food().id().equals(foodId) ? null : table.row(foodId).orElse(null));
            return true;
        }
        if (!visible.contains(row.get())) {
            clearFilters();
        }
        selected.set(row.get());
        return true;
    }

    /** Clears the search and the three filters, so the table shows every row. */
    public void clearFilters() {
        query.set("");
        group.set(null);
        form.set(null);
        onlyWithK2.set(false);
    }

    /** Whether the search or a filter narrows the table (the same test {@link RowFilter} makes). */
    public boolean isNarrowed() {
        return RowFilter.narrows(SearchText.Query.of(query.get()), group.get(), form.get(), onlyWithK2.get());
    }

    /**
     * The row the detail pane shows: the selected row, or the member of the selected family the user opened from
     * its "same food in other sources" links.
     */
    public FoodRow detailRow() {
        return memberShown.get() != null ? memberShown.get() : selected.get();
    }

    /** The family member shown in the detail pane in place of its family's row, or null. */
    public ReadOnlyObjectProperty<FoodRow> memberShownProperty() {
        return memberShown.getReadOnlyProperty();
    }

    /** Goes back from a family member to its family's row in the detail pane. */
    public void showFamily() {
        memberShown.set(null);
    }

    /** The portions chosen per food: the only place they live. */
    public PortionChoices portions() {
        return portions;
    }

    /** The portion a row is shown with (its food's chosen one, else its first; null when it has none). */
    public Portion portion(FoodRow row) {
        return portions.of(row);
    }

    /** Chooses the household portion the per-serving basis uses for a row's food (and every row showing it). */
    public void choosePortion(FoodRow row, Portion portion) {
        if (portions.choose(row.portionFood(), portion)) {
            valuesChanged();
        }
    }

    /** The portions the user chose (food id → portion number), to remember between runs. */
    public Map<String, Integer> chosenPortions() {
        return portions.snapshot();
    }

    /** Re-applies remembered portion choices, sorting once for all of them. */
    public void restorePortions(Map<String, Integer> saved) {
        if (portions.restore(saved)) {
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
        List<FoodRow> ordered = startsAsPrepared() ? preparedOrder
                : FoodRowComparators.sorted(activeRows(), sortKeys, shownValues(), !rankSpecialProducts.get());
        preparedOrder = null;
        sortedAll.clear();
        sortedAll.addAll(ordered);
        filter.reset();
        refilter();
    }

    /** True when the order {@link #prepare} made is the one asked for: starting order, per 100 g, per source. */
    private boolean startsAsPrepared() {
        return preparedOrder != null && sortKeys.equals(List.of(STARTING_ORDER)) && basis.get() == Basis.PER_100G
                && !oneRowPerFamily.get() && !rankSpecialProducts.get();
    }

    /** The number a numeric column shows for a row under the current basis and target. */
    public Optional<ColumnValue> value(FoodRow row, FoodColumn column) {
        return shownValues().value(row, column);
    }

    /** What the cells show now (basis, chosen portions, target): what the table's sorts read. */
    private ShownValues shownValues() {
        return new ShownValues(basis.get(), portions, target.get(), coverage);
    }

    /**
     * What a row shows in a numeric column under a basis, the chosen portions and a daily target (null for none;
     * {@code coverage} is then not read): the one reading behind the cells, the table's sorts and the starting order
     * {@link #prepare} makes off the FX thread.
     */
    private record ShownValues(Basis basis, PortionChoices portions, DailyTarget target, RowCoverageCache coverage)
            implements FoodRowComparators.Values {
        @Override
        public Optional<ColumnValue> value(FoodRow row, FoodColumn column) {
            if (column == FoodColumn.SERVING) {
                return Optional.empty();
            }
            if (!column.isCoverage()) {
                return row.value(column, basis, portions.of(row));
            }
            return target == null ? Optional.empty()
                    : RowCoverage.value(row, column, coverage.figures(row, target, portions.of(row)));
        }

        @Override
        public Portion portion(FoodRow row) {
            return portions.of(row);
        }

        @Override
        public double sortNumber(FoodRow row, FoodColumn column) {
            // Per 100 g, an amount column's number is kept with the row: no value is made for it.
            return column.isAmount() && basis == Basis.PER_100G ? row.per100gSortKey(column)
                    : FoodRowComparators.Values.super.sortNumber(row, column);
        }
    }

    /** A row's coverage figures for a target with the row's portion (kept while target, portion and row stay). */
    CoverageFigures coverage(FoodRow row, DailyTarget t) {
        return coverage.figures(row, t, portions.of(row));
    }

    private void refilter() {
        visible.setAll(filter.apply(sortedAll, SearchText.Query.of(query.get()), group.get(), form.get(),
                onlyWithK2.get()));
    }

    private void updateSummary() {
        summary.set(Messages.get(oneRowPerFamily.get() ? "foods.summary.families" : "foods.summary",
                String.format("%,d", visible.size()), String.format("%,d", activeRows().size()),
                String.format("%,d", table.rows(false).size())));
    }
}
