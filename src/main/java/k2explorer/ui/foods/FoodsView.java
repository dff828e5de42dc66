package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import k2explorer.catalog.Basis;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.HoverTooltip;
import k2explorer.ui.common.ListWhenShownSkin;
import k2explorer.ui.common.PromptWidth;
import k2explorer.ui.common.Toolbar;
import org.controlsfx.control.textfield.TextFields;

/** The Foods explorer: search and filters on top, the sortable table, and the selected food's detail pane. */
public final class FoodsView extends BorderPane {
    /** The table gets most of the width; the detail pane keeps the rest when the window grows. */
    private static final double TABLE_SHARE = 0.6;
    /** The detail pane's width beside the table: enough for its value grid, leaving the columns their room. */
    private static final double DETAIL_EMS = 25;
    private static final double TABLE_SHARE_BELOW = 0.55;
    /** With the detail pane below, the table keeps at least this many whole rows (up to MAX_SHARE_BELOW). */
    private static final double ROWS_KEPT_BELOW = 9.5;
    private static final double MAX_SHARE_BELOW = 0.86;
    /** A row's height (app.css, #foodsTable .table-row-cell) and a two-line header's, in ems. */
    private static final double ROW_EMS = 1.85;
    private static final double HEADER_EMS = 2.7;
    /** Below this window width (in ems of the current text size) the detail pane goes under the table. */
    private static final double SIDE_BY_SIDE_EMS = 85;
    private static final double SEARCH_MIN_WIDTH = 200;
    private static final String FAMILY_ROWS_STYLE = "family-rows";
    private static final int SEARCH_COLUMNS = 20;
    /** Room beside the placeholder for the field's padding and its clear button, in ems. */
    private static final double NAME_WIDTH = 210;
    private static final double NAME_MIN_WIDTH = 120;
    private static final double GROUP_WIDTH = 150;
    private static final double AMOUNT_WIDTH = 92;
    private static final double AMOUNT_MIN_WIDTH = 64;
    /** Sums carry "≥" and, on a family row, a spread: "≥ 47.5 – 64.7" needs two lines of this width. */
    private static final double SUM_MIN_WIDTH = 84;
    /** "Other MK" adds forms up too: "≥ 303.4" stays on one line. */
    private static final double OTHER_MK_MIN_WIDTH = 74;
    /** Wide enough for the two-line headers of the coverage columns. */
    private static final double COVERAGE_WIDTH = 100;
    private static final double SERVING_WIDTH = 150;
    private static final double SOURCES_WIDTH = 150;
    private static final double SOURCES_MIN_WIDTH = 80;
    private static final String ALL_GROUPS = Messages.get("foods.all.food.groups");

    private final FoodsViewModel model;
    private final TableView<FoodRow> table = new TableView<>();
    private boolean dividerPending;
    /** The user has dragged the divider since it was last placed: a new width keeps where they put it. */
    private boolean dividerDragged;
    /** The column the table was last sorted by (a click that would unsort it reverses it instead). */
    private TableColumn<FoodRow, ?> lastSorted;
    private final TextField searchField = TextFields.createClearableTextField();
    private final VBox top = new VBox();
    /** The selected food's details: made when a food is first selected, not before the first frame. */
    private FoodDetailView detail;
    private final FoodDetailView.Commands detailActions;
    private final Runnable compareSelected;
    private final SplitPane split = new SplitPane();
    /** Says the unit once for every amount column ("Amounts in µg/100 g"), so the headers stay short. */
    private final Label summary = new Label();
    private final Label basisUnit = new Label(Messages.get("foods.amounts.unit"));

    public FoodsView(FoodsViewModel model, List<Node> targetParts, Runnable compareSelected,
                     FoodDetailView.Commands actions) {
        this.model = model;
        this.compareSelected = compareSelected;
        this.detailActions = actions;
        setTop(top);
        summary.setId("foodsSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        // Filters and the daily target share one wrapping row, on as few lines as fit, so the table gets the height;
        // the count of foods shown sits in the status bar.
        top.getChildren().add(filterBar(targetParts));
        buildTable();
        split.getItems().add(table);
        split.setOrientation(Orientation.HORIZONTAL);
        // The detail pane takes room only when there is a food to show in it.
        model.selectedProperty().addListener((obs, old, now) -> showDetail(now != null));
        // A food the search or a filter has hidden is not left open in the detail pane.
        model.visibleRows().addListener((ListChangeListener<FoodRow>) change -> {
            FoodRow shown = model.selectedProperty().get();
            if (shown != null && !model.visibleRows().contains(shown)) {
                model.selectedProperty().set(null);
            }
        });
        showDetail(model.selectedProperty().get() != null);
        // On a narrow window or with large text the detail pane goes below the table, so the columns keep room.
        widthProperty().addListener((obs, was, now) -> placeDetail(false));
        split.heightProperty().addListener((obs, was, now) -> {
            if (split.getOrientation() == Orientation.VERTICAL) {
                placeDividerAfterLayout();
            }
        });
        // A placement made before the window's new width was laid out is made again from the width laid out, until
        // the user drags the divider themselves.
        split.widthProperty().addListener((obs, was, now) -> {
            if (split.getOrientation() == Orientation.HORIZONTAL && !dividerDragged) {
                placeDividerAfterLayout();
            }
        });
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dividerDragged |= onDivider(e.getPickResult()
                .getIntersectedNode()));
        basisUnit.fontProperty().addListener((obs, was, now) -> placeDetail(true));
        setCenter(split);
    }

    private void placeDetail(boolean textSizeChanged) {
        double ems = getWidth() / basisUnit.getFont().getSize();
        Orientation wanted = ems < SIDE_BY_SIDE_EMS ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted || textSizeChanged) {
            split.setOrientation(wanted);
            dividerDragged = false;
            placeDividerAfterLayout();
        }
    }

    /**
     * A text size change reaches the labels' fonts in steps, and the split pane places a newly added pane in its
     * next layout; the divider is set once both have settled, so the detail pane gets its reading width. It is set
     * from the text size and width current when it runs; a width laid out after that places it again.
     */
    private void placeDividerAfterLayout() {
        if (dividerPending) {
            return;
        }
        dividerPending = true;
        Platform.runLater(() -> {
            dividerPending = false;
            if (split.getItems().contains(detail)) {
                split.setDividerPositions(tableShare());
                // Wrapped text measured at the pane's old width is measured again at its new one.
                Platform.runLater(detail::remeasure);
            }
        });
    }

    /** Whether a node is (inside) one of the split pane's dividers, which the user drags. */
    private boolean onDivider(Node node) {
        for (Node n = node; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Beside the table the detail pane keeps a reading width that grows with the text; below it, a share. */
    private double tableShare() {
        if (split.getOrientation() == Orientation.VERTICAL) {
            double em = basisUnit.getFont().getSize();
            double wanted = (HEADER_EMS + ROWS_KEPT_BELOW * ROW_EMS) * em;
            return split.getHeight() <= 0 ? TABLE_SHARE_BELOW
                    : Math.min(MAX_SHARE_BELOW, Math.max(TABLE_SHARE_BELOW, wanted / split.getHeight()));
        }
        double detailWidth = DETAIL_EMS * basisUnit.getFont().getSize();
        double width = getWidth() > 0 ? getWidth() : detailWidth / (1 - TABLE_SHARE);
        return Math.max(TABLE_SHARE, 1 - detailWidth / width);
    }

    private void showDetail(boolean show) {
        if (show == split.getItems().contains(detail)) {
            return;
        }
        if (show && detail == null) {
            detail = new FoodDetailView(model, detailActions);
            SplitPane.setResizableWithParent(detail, false);
        }
        if (show) {
            split.getItems().add(detail);
            dividerDragged = false;
            split.setDividerPositions(tableShare());
            placeDividerAfterLayout();
        } else {
            split.getItems().remove(detail);
        }
    }

    /** Puts a node (the search results outside the food table) just below the search bar. */
    public void setSearchExtras(Node extras) {
        top.getChildren().add(1, extras);
    }

    /**
     * Puts a node (the first-screen welcome strip) just below the search bar, in the line the search results take
     * while the user types: one of the two shows at a time.
     */
    public void setWelcome(Node welcome) {
        top.getChildren().add(1, welcome);
    }

    /** Sorts by one column: the welcome strip's starting points ("richest in K2", "A–Z"). */
    public void sortBy(FoodColumn column, boolean ascending) {
        table.getColumns().stream().filter(c -> c.getUserData() == column).findFirst().ifPresent(c -> {
            c.setVisible(true);
            c.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(c));
        });
    }

    public TextField searchField() {
        return searchField;
    }

    /** "Showing N of M foods", for the status bar while the Foods tab is shown. */
    public Label summary() {
        return summary;
    }

    private Toolbar filterBar(List<Node> targetParts) {
        searchField.setId("searchField");
        searchField.setPromptText(Messages.get("foods.search.foods.studies.claims.and"));
        HoverTooltip.install(searchField, Messages.get("foods.search.tooltip"));
        searchField.setAccessibleText(Messages.get("foods.search.foods.studies.claims.and"));
        searchField.setPrefColumnCount(SEARCH_COLUMNS);
        PromptWidth.fit(searchField);
        searchField.textProperty().bindBidirectional(model.queryProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                e.consume();
            }
        });

        ComboBox<String> groupFilter = new ComboBox<>();
        groupFilter.setId("groupFilter");
        groupFilter.setPromptText(ALL_GROUPS);
        // Wide enough for its usual choices, in ems: it grows with the text size (app.css, .filter-choice).
        groupFilter.getStyleClass().add("filter-choice");
        groupFilter.setMinWidth(Region.USE_PREF_SIZE);
        ListWhenShownSkin.install(groupFilter);
        groupFilter.setItems(FXCollections.observableArrayList());
        model.groups().addListener((ListChangeListener<String>) c -> {
            List<String> items = new ArrayList<>();
            items.add(ALL_GROUPS);
            items.addAll(model.groups());
            groupFilter.getItems().setAll(items);
        });
        groupFilter.valueProperty().addListener((obs, old, now) ->
                model.groupProperty().set(now == null || now.equals(ALL_GROUPS) ? null : now));
        model.groupProperty().addListener((obs, old, now) -> groupFilter.setValue(now == null ? ALL_GROUPS : now));
        groupFilter.setAccessibleText(Messages.get("foods.food.group.filter"));

        ComboBox<Optional<KForm>> formFilter = new ComboBox<>();
        formFilter.setId("formFilter");
        formFilter.getStyleClass().add("filter-choice");
        formFilter.setMinWidth(Region.USE_PREF_SIZE);
        ListWhenShownSkin.install(formFilter);
        formFilter.getItems().add(Optional.empty());
        for (KForm f : KForm.values()) {
            formFilter.getItems().add(Optional.of(f));
        }
        formFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<KForm> form) {
                return form == null || form.isEmpty() ? Messages.get("foods.any.vitamin.k.form")
                        : Messages.get("foods.filter.hasForm", EnumLabels.of(form.get()));
            }

            @Override
            public Optional<KForm> fromString(String s) {
                return Optional.empty();
            }
        });
        formFilter.setValue(Optional.empty());
        formFilter.valueProperty().addListener((obs, old, now) ->
                model.formProperty().set(now == null ? null : now.orElse(null)));
        model.formProperty().addListener((obs, old, now) -> formFilter.setValue(Optional.ofNullable(now)));
        formFilter.setAccessibleText(Messages.get("foods.vitamin.k.form.filter"));

        CheckBox k2Only = new CheckBox(Messages.get("foods.has.k2.data"));
        k2Only.setId("k2OnlyFilter");
        k2Only.selectedProperty().bindBidirectional(model.onlyWithK2Property());

        ComboBox<Basis> basisChoice = EnumLabels.comboBox(Basis.values());
        basisChoice.setId("basisChoice");
        basisChoice.valueProperty().bindBidirectional(model.basisProperty());
        basisChoice.setAccessibleText(Messages.get("foods.amounts.per"));
        ListWhenShownSkin.install(basisChoice);
        model.valuesRevisionProperty().addListener((obs, old, now) -> table.refresh());

        Label basisLabel = basisUnit;
        basisLabel.setLabelFor(basisChoice);

        ComboBox<Boolean> rowsPer = new ComboBox<>(FXCollections.observableArrayList(false, true));
        rowsPer.setId("rowsPerChoice");
        rowsPer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean perFamily) {
                return Messages.get(Boolean.TRUE.equals(perFamily) ? "foods.rowsPer.family" : "foods.rowsPer.source");
            }

            @Override
            public Boolean fromString(String s) {
                return false;
            }
        });
        rowsPer.valueProperty().bindBidirectional(model.oneRowPerFamilyProperty());
        HoverTooltip.install(rowsPer, Messages.get("foods.rowsPer.tooltip"));
        rowsPer.setAccessibleText(Messages.get("foods.rowsPer.tooltip"));
        ListWhenShownSkin.install(rowsPer);

        for (Control c : List.of(k2Only, basisChoice, basisLabel, rowsPer)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        searchField.setMinWidth(SEARCH_MIN_WIDTH);
        Toolbar bar = new Toolbar(searchField, groupFilter, formFilter, k2Only, rowsPer,
                group(basisLabel, basisChoice));
        bar.getChildren().addAll(targetParts);
        return bar;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("foodsTable");
        // Rows as tall as their text needs, not the theme's roomy 2.8 em: more foods in sight at every text size.
        table.getStyleClass().add("dense");
        // One row per food shows spreads ("≥ 47.5 – 64.7") that take two lines in a narrow column: taller rows.
        Runnable rowHeight = () -> {
            table.getStyleClass().remove(FAMILY_ROWS_STYLE);
            if (model.oneRowPerFamilyProperty().get()) {
                table.getStyleClass().add(FAMILY_ROWS_STYLE);
            }
        };
        model.oneRowPerFamilyProperty().addListener((obs, was, now) -> rowHeight.run());
        rowHeight.run();
        table.setAccessibleText(Messages.get("foods.foods.and.their.vitamin.k"));
        table.setItems(model.visibleRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Columns share the table's width (no sideways scrolling); the least used ones can be hidden from the
        // column menu (the table's "+" button), and which are hidden is remembered.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(emptyTableNote());

        TableColumn<FoodRow, String> name = textColumn(FoodColumn.NAME, NAME_WIDTH, FoodRow::name);
        name.setMinWidth(NAME_MIN_WIDTH);
        name.setCellFactory(x -> new NameCell());
        table.getColumns().add(name);
        table.getColumns().add(textColumn(FoodColumn.GROUP, GROUP_WIDTH, FoodRow::group));
        for (FoodColumn c : FoodColumn.values()) {
            if (c.isAmount() || c.isCoverage()) {
                TableColumn<FoodRow, Optional<ColumnValue>> col = new TableColumn<>();
                col.setId("col" + camel(c));
                col.setUserData(c);
                col.setPrefWidth(c.isCoverage() ? COVERAGE_WIDTH : AMOUNT_WIDTH);
                col.setMinWidth(c.isCoverage() ? COVERAGE_WIDTH : c.isSum() ? SUM_MIN_WIDTH
                        : c == FoodColumn.OTHER_MK ? OTHER_MK_MIN_WIDTH : AMOUNT_MIN_WIDTH);
                col.setText(c.title());
                col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(model.value(f.getValue(), c)));
                col.setCellFactory(x -> new AmountCell(c, model::portion));
                table.getColumns().add(col);
            }
        }
        TableColumn<FoodRow, String> serving = textColumn(FoodColumn.SERVING, SERVING_WIDTH,
                r -> model.portion(r) == null ? Messages.get("compare.noHouseholdPortion") : model.portion(r).label());
        table.getColumns().add(serving);
        TableColumn<FoodRow, String> sources = textColumn(FoodColumn.SOURCES, SOURCES_WIDTH, FoodRow::sourceLabels);
        sources.setCellFactory(x -> new TextCellWithTooltip());
        sources.setMinWidth(SOURCES_MIN_WIDTH);
        table.getColumns().add(sources);
        for (TableColumn<FoodRow, ?> col : table.getColumns()) {
            FoodColumn c = (FoodColumn) col.getUserData();
            col.setVisible(!model.hiddenColumns().contains(c));
            col.visibleProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.hiddenColumns().remove(c);
                } else {
                    model.hiddenColumns().add(c);
                }
            });
        }
        model.hiddenColumns().addListener((SetChangeListener<FoodColumn>) change -> table.getColumns().forEach(
                col -> col.setVisible(!model.hiddenColumns().contains((FoodColumn) col.getUserData()))));

        // The view model owns the order (missing values last in both directions); the table only reports clicks.
        // A click on the column sorted highest first sorts it lowest first instead of leaving the table unsorted:
        // clicks on a sorted header only ever reverse it.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty() && lastSorted != null) {
                TableColumn<FoodRow, ?> reverse = lastSorted;
                Platform.runLater(() -> {
                    if (table.getSortOrder().isEmpty()) {
                        reverse.setSortType(TableColumn.SortType.ASCENDING);
                        table.getSortOrder().setAll(List.of(reverse));
                    }
                });
                return true;
            }
            lastSorted = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            List<SortKey> keys = new ArrayList<>();
            for (TableColumn<FoodRow, ?> col : t.getSortOrder()) {
                keys.add(new SortKey((FoodColumn) col.getUserData(),
                        col.getSortType() == TableColumn.SortType.ASCENDING));
            }
            model.sortBy(keys);
            return true;
        });

        table.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<FoodRow>) c -> model.pickedRows().setAll(
                        table.getSelectionModel().getSelectedItems().filtered(Objects::nonNull)));
        // The table's menu (compare, sort by) is made the first time it is asked for, not for the first frame: a
        // right click asks before the table shows its menu.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> tableMenu());
        // The context menu from the keyboard too: Shift+F10 or the Menu key, at the selected row.
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                Bounds at = focusedRowBounds();
                tableMenu().show(table, at.getMinX() + at.getHeight(), at.getMaxY());
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
    }

    /**
     * What the empty table says: that the catalog is still being read (start-up shows the window first), that it
     * could not be read, or that no food matches the search and filters — never "no match" for a table not yet filled.
     */
    private Label emptyTableNote() {
        Label note = new Label();
        note.setId("foodsEmptyNote");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                model.catalogProperty().get() != null ? "foods.no.foods.match.the.search"
                        : model.catalogUnreadableProperty().get() ? "foods.catalog.unreadable"
                        : "foods.catalog.reading"),
                model.catalogProperty(), model.catalogUnreadableProperty()));
        return note;
    }

    /** The table's context menu, made on first use. */
    private ContextMenu tableMenu() {
        if (table.getContextMenu() == null) {
            MenuItem compare = new MenuItem(Messages.get("foods.compare.selected.foods"));
            compare.setId("compareMenuItem");
            compare.setOnAction(e -> compareSelected.run());
            table.setContextMenu(new ContextMenu(compare, sortMenu("tableSortMenu")));
        }
        return table.getContextMenu();
    }

    /** Where the focused row is on screen (the table's top left when no row is in view). */
    private Bounds focusedRowBounds() {
        int index = table.getFocusModel().getFocusedIndex();
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getIndex() == index && row.isVisible()) {
                return row.localToScreen(row.getBoundsInLocal());
            }
        }
        return table.localToScreen(table.getBoundsInLocal());
    }

    /**
     * "Sort by": every column shown, the current one ticked; choosing a column sorts by it (amounts highest first,
     * text A–Z), choosing the current one again reverses it. In the table's context menu and the View menu, so the
     * table sorts from the keyboard.
     */
    public Menu sortMenu(String id) {
        Menu menu = new Menu(Messages.get("foods.sortBy"));
        menu.setId(id);
        fillSortMenu(menu);
        menu.setOnShowing(e -> fillSortMenu(menu));
        return menu;
    }

    private void fillSortMenu(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        TableColumn<FoodRow, ?> current = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
        for (TableColumn<FoodRow, ?> col : table.getVisibleLeafColumns()) {
            String title = col.getText();
            CheckMenuItem item = new CheckMenuItem(col != current ? title : Messages.get(
                    col.getSortType() == TableColumn.SortType.ASCENDING ? "foods.sortBy.ascending"
                            : "foods.sortBy.descending", title));
            item.setSelected(col == current);
            item.setId("sortBy" + col.getId().substring("col".length()));
            item.setOnAction(e -> sortByColumn(col));
            items.add(item);
        }
        menu.getItems().setAll(items);
    }

    /** Sorts by a column as the "Sort by" menu does: reversed if it is the current sort, else its natural way. */
    public void sortByColumn(TableColumn<FoodRow, ?> col) {
        boolean current = !table.getSortOrder().isEmpty() && table.getSortOrder().get(0) == col;
        FoodColumn c = (FoodColumn) col.getUserData();
        boolean ascending = current ? col.getSortType() == TableColumn.SortType.DESCENDING
                : !(c.isAmount() || c == FoodColumn.PERCENT_PER_SERVING);
        col.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(col));
    }

    private TableColumn<FoodRow, String> textColumn(FoodColumn c, double width,
                                                   Function<FoodRow, String> text) {
        TableColumn<FoodRow, String> col = new TableColumn<>(c.title());
        col.setId("col" + camel(c));
        col.setUserData(c);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        return col;
    }

    private static String camel(FoodColumn c) {
        StringBuilder sb = new StringBuilder();
        for (String part : c.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
