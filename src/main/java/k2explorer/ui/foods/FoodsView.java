package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import k2explorer.catalog.Basis;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.ui.Toolbar;
import org.controlsfx.control.textfield.TextFields;

/** The Foods explorer: search and filters on top, the sortable table, and the selected food's detail pane. */
public final class FoodsView extends BorderPane {
    /** The table gets most of the width; the detail pane keeps the rest when the window grows. */
    private static final double TABLE_SHARE = 0.6;
    /** The detail pane's width beside the table: enough for its value grid, leaving the columns their room. */
    private static final double DETAIL_EMS = 25;
    private static final double TABLE_SHARE_BELOW = 0.55;
    /** Below this window width (in ems of the current text size) the detail pane goes under the table. */
    private static final double SIDE_BY_SIDE_EMS = 85;
    private static final double SEARCH_MIN_WIDTH = 200;
    private static final int SEARCH_COLUMNS = 20;
    private static final double NAME_WIDTH = 210;
    private static final double NAME_MIN_WIDTH = 130;
    private static final double GROUP_WIDTH = 150;
    private static final double AMOUNT_WIDTH = 92;
    private static final double AMOUNT_MIN_WIDTH = 64;
    /** Sums carry "≥" and, on a family row, a spread: "≥ 47.5 – 64.7" needs two lines of this width. */
    private static final double SUM_MIN_WIDTH = 84;
    /** Wide enough for the two-line headers of the coverage columns. */
    private static final double COVERAGE_WIDTH = 100;
    private static final double SERVING_WIDTH = 150;
    private static final double SOURCES_WIDTH = 150;
    private static final double SOURCES_MIN_WIDTH = 90;
    /** Wide enough for the longest USDA food group name. */
    private static final double GROUP_FILTER_WIDTH = 190;
    private static final double FORM_FILTER_WIDTH = 190;
    private static final String ALL_GROUPS = Messages.get("foods.all.food.groups");

    private final FoodsViewModel model;
    private final TableView<FoodRow> table = new TableView<>();
    private boolean dividerPending;
    private final TextField searchField = TextFields.createClearableTextField();
    private final VBox top = new VBox();
    private final FoodDetailView detail;
    private final Runnable compareSelected;
    private final SplitPane split = new SplitPane();
    /** Says the unit once for every amount column ("Amounts in µg/100 g"), so the headers stay short. */
    private final Label basisUnit = new Label(Messages.get("foods.amounts.unit"));

    public FoodsView(FoodsViewModel model, Node targetBar, Runnable compareSelected,
                     FoodDetailView.Actions actions) {
        this.model = model;
        this.compareSelected = compareSelected;
        this.detail = new FoodDetailView(model, actions);
        setTop(top);
        Label summary = new Label();
        summary.setId("foodsSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox targetRow = new HBox(8, targetBar, gap, summary);
        targetRow.setAlignment(Pos.CENTER_LEFT);
        targetRow.setPadding(new Insets(0, 8, 0, 0));
        top.getChildren().addAll(filterBar(), targetRow);
        buildTable();
        split.getItems().add(table);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(detail, false);
        // The detail pane takes room only when there is a food to show in it.
        model.selectedProperty().addListener((obs, old, now) -> showDetail(now != null));
        showDetail(model.selectedProperty().get() != null);
        // On a narrow window or with large text the detail pane goes below the table, so the columns keep room.
        widthProperty().addListener((obs, was, now) -> placeDetail(false));
        basisUnit.fontProperty().addListener((obs, was, now) -> placeDetail(true));
        setCenter(split);
    }

    private void placeDetail(boolean textSizeChanged) {
        double ems = getWidth() / basisUnit.getFont().getSize();
        Orientation wanted = ems < SIDE_BY_SIDE_EMS ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted || textSizeChanged) {
            split.setOrientation(wanted);
            placeDividerAfterLayout();
        }
    }

    /**
     * A text size change reaches the labels' fonts in steps, and the split pane places a newly added pane in its
     * next layout; the divider is set once both have settled, so the detail pane gets its reading width.
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
            }
        });
    }

    /** Beside the table the detail pane keeps a reading width that grows with the text; below it, a share. */
    private double tableShare() {
        if (split.getOrientation() == Orientation.VERTICAL) {
            return TABLE_SHARE_BELOW;
        }
        double detailWidth = DETAIL_EMS * basisUnit.getFont().getSize();
        double width = getWidth() > 0 ? getWidth() : detailWidth / (1 - TABLE_SHARE);
        return Math.max(TABLE_SHARE, 1 - detailWidth / width);
    }

    private void showDetail(boolean show) {
        if (show == split.getItems().contains(detail)) {
            return;
        }
        if (show) {
            split.getItems().add(detail);
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

    /** Puts a node (the first-screen welcome strip) above the search bar. */
    public void setWelcome(Node welcome) {
        top.getChildren().add(0, welcome);
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

    private Toolbar filterBar() {
        searchField.setId("searchField");
        searchField.setPromptText(Messages.get("foods.search.foods.studies.claims.and"));
        searchField.setPrefColumnCount(SEARCH_COLUMNS);
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
        groupFilter.setPrefWidth(GROUP_FILTER_WIDTH);
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
        formFilter.setPrefWidth(FORM_FILTER_WIDTH);
        formFilter.getItems().add(Optional.empty());
        for (KForm f : KForm.values()) {
            formFilter.getItems().add(Optional.of(f));
        }
        formFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<KForm> form) {
                return form == null || form.isEmpty() ? Messages.get("foods.any.vitamin.k.form")
                        : Messages.get("foods.filter.hasForm", form.get().label());
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

        ComboBox<Basis> basisChoice = new ComboBox<>(FXCollections.observableArrayList(Basis.values()));
        basisChoice.setId("basisChoice");
        basisChoice.valueProperty().bindBidirectional(model.basisProperty());
        basisChoice.setAccessibleText(Messages.get("foods.amounts.per"));
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
        rowsPer.setTooltip(new Tooltip(Messages.get("foods.rowsPer.tooltip")));
        rowsPer.setAccessibleText(Messages.get("foods.rowsPer.tooltip"));

        for (Control c : List.of(k2Only, basisChoice, basisLabel, rowsPer)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        searchField.setMinWidth(SEARCH_MIN_WIDTH);
        return new Toolbar(searchField, groupFilter, formFilter, k2Only, rowsPer, group(basisLabel, basisChoice));
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("foodsTable");
        table.setAccessibleText(Messages.get("foods.foods.and.their.vitamin.k"));
        table.setItems(model.visibleRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Columns share the table's width (no sideways scrolling); the least used ones can be hidden from the
        // column menu (the table's "+" button), and which are hidden is remembered.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(new Label(Messages.get("foods.no.foods.match.the.search")));

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
                col.setMinWidth(c.isCoverage() ? COVERAGE_WIDTH : c.isSum() ? SUM_MIN_WIDTH : AMOUNT_MIN_WIDTH);
                col.setText(c.title());
                col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(model.value(f.getValue(), c)));
                col.setCellFactory(x -> new AmountCell(c));
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
        table.setSortPolicy(t -> {
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
        MenuItem compare = new MenuItem(
                Messages.get("foods.compare.selected.foods"));
        compare.setId("compareMenuItem");
        compare.setOnAction(e -> compareSelected.run());
        table.setContextMenu(new ContextMenu(compare));
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
