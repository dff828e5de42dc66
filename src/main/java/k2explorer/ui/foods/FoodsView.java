package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import k2explorer.catalog.Basis;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import org.controlsfx.control.textfield.TextFields;

/** The Foods explorer: search and filters on top, the sortable table, and the selected food's detail pane. */
public final class FoodsView extends BorderPane {
    /** The table gets most of the width; the detail pane keeps the rest when the window grows. */
    private static final double TABLE_SHARE = 0.7;
    /** Wide enough for the longest USDA food group name. */
    private static final double GROUP_FILTER_WIDTH = 210;
    private static final String ALL_GROUPS = Messages.get("foods.all.food.groups");

    private final FoodsViewModel model;
    private final TableView<FoodRow> table = new TableView<>();
    private final TextField searchField = TextFields.createClearableTextField();
    private final VBox top = new VBox();
    private final List<TableColumn<FoodRow, ?>> amountColumns = new ArrayList<>();
    private final FoodDetailView detail;
    private final Runnable compareSelected;

    public FoodsView(FoodsViewModel model, Node targetBar, Runnable compareSelected,
                     FoodDetailView.Actions actions) {
        this.model = model;
        this.compareSelected = compareSelected;
        this.detail = new FoodDetailView(model, actions);
        setTop(top);
        top.getChildren().addAll(filterBar(), targetBar);
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(TABLE_SHARE);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);
    }

    /** Puts a node (the search results outside the food table) just below the search bar. */
    public void setSearchExtras(Node extras) {
        top.getChildren().add(1, extras);
    }

    public TextField searchField() {
        return searchField;
    }

    private HBox filterBar() {
        searchField.setId("searchField");
        searchField.setPromptText(Messages.get("foods.search.foods.studies.claims.and"));
        searchField.setPrefColumnCount(24);
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
        model.basisProperty().addListener((obs, old, now) -> updateColumnTitles());
        model.valuesRevisionProperty().addListener((obs, old, now) -> table.refresh());

        Label basisLabel = new Label(Messages.get("foods.amounts"));
        basisLabel.setLabelFor(basisChoice);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("foodsSummary");
        summary.textProperty().bind(model.summaryProperty());
        HBox bar = new HBox(8, searchField, groupFilter, formFilter, k2Only, spacer, summary, basisLabel,
                basisChoice);
        for (Control c : List.of(groupFilter, formFilter, k2Only, basisChoice, basisLabel)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        searchField.setMinWidth(200);
        summary.setMinWidth(0);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void buildTable() {
        table.setId("foodsTable");
        table.setAccessibleText(Messages.get("foods.foods.and.their.vitamin.k"));
        table.setItems(model.visibleRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("foods.no.foods.match.the.search")));

        table.getColumns().add(textColumn(FoodColumn.NAME, 270, r -> r.food().name()));
        table.getColumns().add(textColumn(FoodColumn.GROUP, 130, r -> r.food().group()));
        for (FoodColumn c : FoodColumn.values()) {
            if (c.isAmount() || c.isCoverage()) {
                TableColumn<FoodRow, Optional<ColumnValue>> col = new TableColumn<>();
                col.setId("col" + camel(c));
                col.setUserData(c);
                col.setPrefWidth(c == FoodColumn.K1 || c == FoodColumn.OTHER_MK || c == FoodColumn.MK4 ? 86 : 112);
                col.setText(c.title());
                col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(model.value(f.getValue(), c)));
                col.setCellFactory(x -> new AmountCell(c));
                amountColumns.add(col);
                table.getColumns().add(col);
            }
        }
        TableColumn<FoodRow, String> serving = textColumn(FoodColumn.SERVING, 170,
                r -> r.serving() == null ? Messages.get("compare.noHouseholdPortion") : r.serving().label());
        table.getColumns().add(serving);
        table.getColumns().add(textColumn(FoodColumn.SOURCES, 190, FoodRow::sourceLabels));
        updateColumnTitles();

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

    private void updateColumnTitles() {
        String unit = "µg" + model.basisProperty().get().unitSuffix();
        for (TableColumn<FoodRow, ?> col : amountColumns) {
            FoodColumn c = (FoodColumn) col.getUserData();
            if (c.isAmount()) {
                col.setText(Messages.get("foods.column.withUnit", c.title(), unit));
            }
        }
    }

    private static String camel(FoodColumn c) {
        StringBuilder sb = new StringBuilder();
        for (String part : c.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
