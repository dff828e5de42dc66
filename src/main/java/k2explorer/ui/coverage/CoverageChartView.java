package k2explorer.ui.coverage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;
import k2explorer.ui.AmountFormat;
import k2explorer.ui.coverage.ChartBar.FormGroup;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.print.ChartTable;

/**
 * How many grams of each food reach the daily target: horizontal bars, fewest grams first, coloured by the form
 * that provides most, with one typical serving marked. Foods with no data for the counted forms are listed, never
 * drawn as zero.
 */
public final class CoverageChartView extends BorderPane {
    private final FoodsViewModel foods;
    private final NumberAxis xAxis = new NumberAxis();
    private final CategoryAxis yAxis = new CategoryAxis();
    private final CoverageBarChart chart = new CoverageBarChart(xAxis, yAxis);
    private final Spinner<Integer> topN = new Spinner<>(3, 60, 15);
    private final CheckBox pickedOnly = new CheckBox(Messages.get("coverage.only.the.foods.selected.in"));
    private final CheckBox logScale = new CheckBox(Messages.get("coverage.logarithmic.scale"));
    private final Label noData = new Label();
    private final Label heading = new Label();
    private List<ChartBar> shownBars = List.of();
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
    private final Map<String, String> categoryToFood = new HashMap<>();
    private final Runnable showFoodDetail;
    private boolean dirty = true;

    public CoverageChartView(FoodsViewModel foods, Consumer<CoverageChartView> exportPng,
                             Runnable exportCsv, Runnable showFoodDetail) {
        this.foods = foods;
        this.showFoodDetail = showFoodDetail;
        setId("coverageView");
        chart.setId("coverageChart");
        chart.setLegendVisible(true);
        chart.setAccessibleText(Messages.get("coverage.grams.of.each.food.needed"));
        xAxis.setForceZeroInRange(true);
        yAxis.setAutoRanging(true);

        topN.setId("topNSpinner");
        topN.setEditable(true);
        topN.setPrefWidth(80);
        topN.setAccessibleText(Messages.get("coverage.number.of.foods.shown"));
        pickedOnly.setId("pickedOnlyCheck");
        logScale.setId("logScaleCheck");
        logScale.setSelected(true);
        Button png = new Button(Messages.get("coverage.export.chart.as.png"));
        png.setId("exportChartButton");
        png.setOnAction(e -> exportPng.accept(this));
        Button csv = new Button(Messages.get("coverage.export.table.as.csv"));
        csv.setId("exportCoverageCsvButton");
        csv.setOnAction(e -> exportCsv.run());
        Label topLabel = new Label(Messages.get("coverage.show.the"));
        Label topLabel2 = new Label(Messages.get("coverage.topN.after"));
        topLabel.setLabelFor(topN);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button asTable = new Button(Messages.get("coverage.show.as.table"));
        asTable.setId("coverageTableButton");
        asTable.setOnAction(e -> ChartTable.show(getScene().getWindow(),
                Messages.get("coverage.coverage.chart.as.a.table"),
                ChartTable.of(shownBars.stream().map(b -> new ChartTable.Row(
                        b.mainForm().label(), b.label(), (b.upperBound() ? "≤ " : "")
                        + AmountFormat.format(b.grams()) + " g")).toList(),
                        Messages.get("coverage.main.form"), Messages.get("coverage.food"),
                                Messages.get("coverage.grams.to.reach.the.target")), heading.getText()));
        HBox bar = new HBox(8, topLabel, topN, topLabel2, pickedOnly, logScale, spacer, asTable, png, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        heading.setId("coverageHeading");
        heading.setWrapText(true);
        heading.setPadding(new Insets(4, 8, 0, 8));
        setTop(new VBox(bar, heading));
        setCenter(chart);
        noData.setId("noDataLabel");
        noData.setWrapText(true);
        noData.setPadding(new Insets(4, 8, 8, 8));
        noData.getStyleClass().add("hint");
        setBottom(noData);

        Runnable changed = this::changed;
        foods.targetProperty().addListener((obs, o, n) -> changed.run());
        foods.valuesRevisionProperty().addListener((obs, o, n) -> changed.run());
        foods.visibleRows().addListener((ListChangeListener<FoodRow>) c -> changed.run());
        foods.pickedRows().addListener((ListChangeListener<FoodRow>) c -> {
            if (pickedOnly.isSelected()) {
                changed.run();
            }
        });
        topN.valueProperty().addListener((obs, o, n) -> changed.run());
        pickedOnly.selectedProperty().addListener((obs, o, n) -> changed.run());
        logScale.selectedProperty().addListener((obs, o, n) -> changed.run());
        showing.addListener((obs, o, now) -> {
            if (now && dirty) {
                refresh();
            }
        });
    }

    /** True while the view is on screen; work is deferred while it is not. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public Region chart() {
        return chart;
    }

    /** What the chart shows now (target and counted forms), as its heading says. */
    public String heading() {
        return heading.getText();
    }

    private void changed() {
        dirty = true;
        if (showing.get()) {
            refresh();
        }
    }

    /** Rebuilds the bars from the current rows and target. */
    public void refresh() {
        dirty = false;
        DailyTarget target = foods.targetProperty().get();
        List<FoodRow> rows = pickedOnly.isSelected() ? List.copyOf(foods.pickedRows())
                : List.copyOf(foods.visibleRows());
        Map<String, String> labels = new HashMap<>();
        if (foods.catalogProperty().get() != null) {
            foods.catalogProperty().get().sources().forEach(s -> labels.put(s.id(), s.shortLabel()));
        }
        CoverageChartModel.Result result = CoverageChartModel.of(rows, target, topN.getValue(), labels);
        shownBars = result.bars();
        boolean log = logScale.isSelected();
        configureAxis(log);
        Map<FormGroup, XYChart.Series<Number, String>> series = new LinkedHashMap<>();
        for (FormGroup g : FormGroup.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(g.label());
            series.put(g, s);
        }
        categoryToFood.clear();
        Map<String, Double> markers = new LinkedHashMap<>();
        List<ChartBar> bars = result.bars();
        // CategoryAxis lists categories top-down in reverse insertion order for horizontal charts: add largest first.
        for (int i = bars.size() - 1; i >= 0; i--) {
            ChartBar b = bars.get(i);
            String category = uniqueCategory(b);
            categoryToFood.put(category, b.foodId());
            for (FormGroup g : FormGroup.values()) {
                double value = g == b.mainForm() ? axisValue(b.grams().midpoint(), log) : 0;
                XYChart.Data<Number, String> d = new XYChart.Data<>(value, category);
                d.setExtraValue(b);
                d.nodeProperty().addListener((obs, old, node) -> decorate(node, b, target));
                series.get(g).getData().add(d);
            }
            if (b.servingGrams() > 0) {
                markers.put(category, axisValue(b.servingGrams(), log));
            }
        }
        double max = 0;
        for (ChartBar b : bars) {
            max = Math.max(max, axisValue(b.grams().midpoint(), log));
        }
        for (double m : markers.values()) {
            max = Math.max(max, m);
        }
        setRange(max, log);
        chart.getData().setAll(series.values());
        chart.setServingMarkers(markers);
        heading.setText(target == null ? Messages.get("coverage.choose.a.daily.target.above")
                : Messages.get("coverage.heading", target.label(), target.counted().label()));
        int missing = result.noData().size();
        noData.setText(missing == 0 ? "" : Messages.get(missing == 1 ? "coverage.noData.one" : "coverage.noData.many",
                String.format("%,d", missing), missing <= 12 ? ": " + String.join("; ", result.noData()) : "."));
    }

    private String uniqueCategory(ChartBar b) {
        String base = b.label() + (b.foodId().startsWith("lit:") ? " (" + b.sources() + ")" : "");
        String category = base;
        int n = 2;
        while (categoryToFood.containsKey(category)) {
            category = base + " #" + n++;
        }
        return category;
    }

    private void decorate(Node node, ChartBar b, DailyTarget target) {
        if (node == null) {
            return;
        }
        String grams = Messages.get(b.upperBound() ? "coverage.bar.gramsAtMost" : "coverage.bar.grams",
                AmountFormat.format(b.grams()));
        Tooltip.install(node, new Tooltip(Messages.get("coverage.bar.tooltip", b.label(), grams,
                target == null ? Messages.get("coverage.bar.theTarget")
                        : target.label() + " (" + target.counted().label() + ")", b.servingLabel(), b.sources())));
        node.setOnMouseClicked(e -> {
            if (foods.selectFood(b.foodId())) {
                showFoodDetail.run();
            }
        });
    }

    /** Fixes the axis so that bars and serving markers both fit; log axes tick at whole or half decades. */
    private void setRange(double max, boolean log) {
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(0);
        if (log) {
            double upper = Math.max(1, Math.ceil(max * 2 + 0.2) / 2);
            xAxis.setUpperBound(upper);
            xAxis.setTickUnit(upper > 3 ? 1 : upper > 1 ? 0.5 : 0.25);
        } else {
            double upper = Math.max(1, max * 1.08);
            xAxis.setUpperBound(upper);
            xAxis.setTickUnit(niceStep(upper / 8));
        }
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] steps = {1, 2, 2.5, 5, 10};
        for (double s : steps) {
            if (s * magnitude >= raw) {
                return s * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private void configureAxis(boolean log) {
        xAxis.setLabel(Messages.get(log ? "coverage.axis.log" : "coverage.axis"));
        xAxis.setTickLabelFormatter(log ? new StringConverter<>() {
            @Override
            public String toString(Number exponent) {
                return AmountFormat.format(Math.pow(10, exponent.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        } : null);
    }

    /** On the log axis a bar's length is log10(grams); 1 g or less sits at the origin. */
    static double axisValue(double grams, boolean log) {
        return log ? Math.max(0, Math.log10(grams)) : grams;
    }
}
