package k2explorer.ui.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Amount;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.Toolbar;
import k2explorer.ui.foods.FoodPicker;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.PortionChoice;
import k2explorer.ui.common.ChartTable;
import org.controlsfx.control.SearchableComboBox;

/** Two to six foods side by side: every form per 100 g and per serving, coverage, other nutrients and sources. */
public final class CompareView extends BorderPane {
    /** Wide enough for "Grams to reach US FDA label Daily Value …" on two lines. */
    private static final double LABEL_COLUMN_MIN = 230;
    private static final double LABEL_COLUMN_PREF = 260;
    /** Six foods fit a 1366 px wide window beside the labels. */
    private static final double FOOD_COLUMN_MIN = 150;
    private static final double FOOD_COLUMN_PREF = 190;
    /** The table takes most of the height; the chart below it the rest. */
    private static final double TABLE_SHARE = 0.62;
    private final CompareViewModel model;
    private final FoodsViewModel foods;
    private final GridPane grid = new GridPane();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final FoodPicker picker;

    public CompareView(CompareViewModel model, FoodsViewModel foods) {
        this.model = model;
        this.foods = foods;
        setId("compareView");
        picker = new FoodPicker(foods, "comparePicker", Messages.get("compare.find.a.food.to.add"),
                Messages.get("compare.food.to.add.to.the"));

        Button add = new Button(Messages.get("compare.add"));
        add.setId("compareAddButton");
        add.setOnAction(e -> {
            if (picker.getValue() != null) {
                model.add(List.of(picker.getValue()));
                picker.setValue(null);
            }
        });
        CheckBox perServing = new CheckBox(Messages.get("compare.chart.per.serving"));
        perServing.setId("comparePerServing");
        perServing.selectedProperty().bindBidirectional(model.perServingProperty());
        Button clear = new Button(Messages.get("compare.clear"));
        clear.setId("compareClearButton");
        clear.setOnAction(e -> model.clear());
        Label message = new Label();
        message.setId("compareMessage");
        message.textProperty().bind(model.messageProperty());
        Button asTable = new Button(Messages.get("compare.chart.as.table"));
        asTable.setId("compareTableButton");
        asTable.setOnAction(e -> ChartTable.show(getScene().getWindow(),
                Messages.get("compare.compared.foods.as.a.table"), chart,
                        Messages.get("compare.vitamin.k.forms.of.the")));
        message.setWrapText(true);
        setTop(new Toolbar(picker, add, clear, perServing, asTable, message));

        grid.setId("compareGrid");
        grid.setHgap(14);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.getStyleClass().add("compare-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        chart.setId("compareChart");
        chart.setAnimated(false);
        chart.setAccessibleText(Messages.get("compare.vitamin.k.forms.of.the"));
        chart.getYAxis().setLabel("µg");
        split.getItems().setAll(scroll, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(TABLE_SHARE);
        emptyHint.setId("compareEmpty");
        emptyHint.getStyleClass().add("hint");
        emptyHint.setWrapText(true);
        emptyHint.setPadding(new Insets(10));
        emptyHint.setAlignment(Pos.TOP_LEFT);
        emptyHint.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        perServing.disableProperty().bind(Bindings.isEmpty(model.compared()));
        asTable.disableProperty().bind(Bindings.isEmpty(model.compared()));

        model.compared().addListener((ListChangeListener<FoodRow>) c -> render());
        model.perServingProperty().addListener((obs, o, n) -> render());
        foods.targetProperty().addListener((obs, o, n) -> render());
        foods.valuesRevisionProperty().addListener((obs, o, n) -> render());
        render();
    }

    private final SplitPane split = new SplitPane();
    private final Label emptyHint = new Label(Messages.get("compare.hint"));

    private void render() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<FoodRow> rows = List.copyOf(model.compared());
        if (rows.isEmpty() || foods.catalogProperty().get() == null) {
            // Nothing to compare: one sentence saying how to start, no empty table or chart axes.
            chart.getData().clear();
            setCenter(emptyHint);
            return;
        }
        setCenter(split);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_COLUMN_MIN);
        labels.setPrefWidth(LABEL_COLUMN_PREF);
        grid.getColumnConstraints().add(labels);
        for (int i = 0; i < rows.size(); i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(FOOD_COLUMN_MIN);
            cc.setPrefWidth(FOOD_COLUMN_PREF);
            grid.getColumnConstraints().add(cc);
            grid.add(header(rows.get(i), i, rows.size()), i + 1, 0);
        }
        int r = 1;
        for (CompareTable.Line line : CompareTable.of(rows, foods.catalogProperty().get(),
                foods.targetProperty().get(), foods.portions())) {
            Label label = new Label(line.label());
            label.setWrapText(true);
            label.getStyleClass().add("compare-label");
            grid.add(label, 0, r);
            for (int i = 0; i < line.cells().size(); i++) {
                Label cell = new Label(line.cells().get(i));
                cell.setWrapText(true);
                cell.setId("compareCell-" + r + "-" + i);
                cell.getStyleClass().add("compare-cell");
                grid.add(cell, i + 1, r);
            }
            r++;
        }
        renderChart(rows);
    }

    private VBox header(FoodRow row, int index, int count) {
        Label name = new Label(row.nameWithSource());
        name.setId("compareFood" + index);
        name.setWrapText(true);
        name.getStyleClass().add("compare-food");
        Button left = new Button("◀");
        left.setTooltip(new Tooltip(Messages.get("compare.move.left")));
        left.setDisable(index == 0);
        left.setOnAction(e -> model.move(row, -1));
        Button right = new Button("▶");
        right.setTooltip(new Tooltip(Messages.get("compare.move.right")));
        right.setDisable(index == count - 1);
        right.setOnAction(e -> model.move(row, 1));
        Button remove = new Button("✕");
        remove.setId("compareRemove" + index);
        remove.setTooltip(new Tooltip(Messages.get("compare.remove.from.the.comparison")));
        remove.setOnAction(e -> model.remove(row));
        HBox buttons = new HBox(4, left, right, remove);
        VBox box = new VBox(4, name, buttons);
        if (!row.portionFood().portions().isEmpty()) {
            ComboBox<Portion> portion = PortionChoice.of(row, foods, "comparePortion" + index);
            portion.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(portion);
        }
        return box;
    }

    private void renderChart(List<FoodRow> rows) {
        boolean serving = model.perServingProperty().get();
        Set<KForm> forms = EnumSet.noneOf(KForm.class);
        rows.forEach(r -> r.foods().forEach(f -> f.values().forEach(v -> forms.add(v.form()))));
        Map<KForm, XYChart.Series<String, Number>> series = new LinkedHashMap<>();
        for (KForm form : forms) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(EnumLabels.of(form));
            series.put(form, s);
        }
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FoodRow row = rows.get(i);
            String category = (i + 1) + ". " + row.nameWithSource();
            Portion portion = foods.portion(row);
            categories.add(category);
            for (KForm form : forms) {
                // The same member's value the table and the comparison above show (the one family rule).
                Optional<Amount> amount = row.form(form).map(c -> c.best().amount());
                if (amount.isEmpty() || (serving && portion == null)) {
                    continue; // not measured: no bar, never a zero-height one
                }
                Amount shown = serving ? amount.get().forGrams(portion.grams()) : amount.get();
                XYChart.Data<String, Number> d = new XYChart.Data<>(category, shown.range().midpoint());
                String text = Messages.get(serving ? "compare.bar.perServing" : "compare.bar.per100g",
                        EnumLabels.of(form), AmountFormat.format(shown))
                        + (shown.isSpread() ? Messages.get("compare.bar.spread") : "");
                d.nodeProperty().addListener((obs, o, node) -> {
                    if (node != null) {
                        Tooltip.install(node, new Tooltip(text));
                    }
                });
                series.get(form).getData().add(d);
            }
        }
        chart.getYAxis().setLabel(Messages.get(serving ? "compare.axis.perServing" : "compare.axis.per100g"));
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        axis.setAutoRanging(false);
        axis.getCategories().setAll(categories);
        chart.getData().setAll(series.values());
        // Every form its own colour, the same as in the other charts (MK-7 and MK-10 were both purple).
        Map<XYChart.Series<String, Number>, String> formOf = new java.util.HashMap<>();
        series.forEach((form, s) -> formOf.put(s, form.name()));
        k2explorer.ui.common.FormColours.apply(chart, formOf);
    }
}
