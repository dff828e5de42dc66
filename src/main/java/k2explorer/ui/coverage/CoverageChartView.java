package k2explorer.ui.coverage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import k2explorer.coverage.DailyTarget;
import k2explorer.export.CoverageCsv;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.Toolbar;
import k2explorer.ui.coverage.ChartBar.FormGroup;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.common.ChartTable;

/**
 * How many grams of each food reach the daily target: horizontal bars, fewest grams first, coloured by the form
 * that provides most, with one typical serving marked. Foods with no data for the counted forms are listed, never
 * drawn as zero.
 */
public final class CoverageChartView extends BorderPane {
    private final FoodsViewModel foods;
    private final TargetChoiceViewModel targets;
    private final QuantityAxis xAxis = new QuantityAxis();
    private final CategoryAxis yAxis = new CategoryAxis();
    private final CoverageBarChart chart = new CoverageBarChart(xAxis, yAxis);
    private final Spinner<Integer> topN = new Spinner<>(3, 60, 15);
    private final CheckBox pickedOnly = new CheckBox(Messages.get("coverage.only.the.foods.selected.in"));
    private final CheckBox logScale = new CheckBox(Messages.get("coverage.logarithmic.scale"));
    private final ComboBox<CoverageChartModel.RankBy> rankBy = EnumLabels.comboBox(
            CoverageChartModel.RankBy.values());
    private final CheckBox includeExcluded = new CheckBox(Messages.get("coverage.includeExcluded"));
    private static final int LISTED_FOODS = 12;
    private final Label noData = new Label();
    private final Label heading = new Label();
    private List<ChartBar> shownBars = List.of();
    private CoverageChartModel.Result shownResult;
    /** Height each bar needs for its label, and the axis and legend below the bars, in ems. */
    private static final double BAR_EMS = 1.7;
    private static final double AXIS_EMS = 9;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
    private final Map<String, String> categoryToFood = new HashMap<>();
    private final Runnable showFoodDetail;
    private boolean dirty = true;

    public CoverageChartView(FoodsViewModel foods, TargetChoiceViewModel targets, Consumer<CoverageChartView> exportPng,
                             Runnable exportCsv, Runnable showFoodDetail) {
        this.foods = foods;
        this.targets = targets;
        this.showFoodDetail = showFoodDetail;
        setId("coverageView");
        chart.setId("coverageChart");
        chart.setLegendVisible(true);
        chart.setAccessibleText(Messages.get("coverage.grams.of.each.food.needed"));

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
        Button asTable = new Button(Messages.get("coverage.show.as.table"));
        asTable.setId("coverageTableButton");
        asTable.setOnAction(e -> ChartTable.show(getScene().getWindow(),
                Messages.get("coverage.coverage.chart.as.a.table"),
                ChartTable.of(shownBars.stream().map(b -> new ChartTable.Row(
                        b.mainForm().label(), b.doubtful() ? Messages.get("coverage.bar.doubtful", b.label())
                        : b.label(), (b.upperBound() ? "≤ " : "")
                        + AmountFormat.format(b.grams()) + " g")).toList(),
                        Messages.get("coverage.main.form"), Messages.get("coverage.food"),
                                Messages.get("coverage.grams.to.reach.the.target")), heading.getText()));
        rankBy.setId("rankByChoice");
        rankBy.setValue(CoverageChartModel.RankBy.GRAMS);
        Label rankLabel = new Label(Messages.get("coverage.rankBy"));
        rankLabel.setLabelFor(rankBy);
        includeExcluded.setId("includeExcludedCheck");
        includeExcluded.setTooltip(new Tooltip(Messages.get("coverage.includeExcluded.tooltip")));
        // Controls wrap onto a second line rather than eliding their labels when the window is narrow.
        Toolbar bar = new Toolbar(group(topLabel, topN, topLabel2), group(rankLabel, rankBy), pickedOnly,
                includeExcluded, logScale, asTable, png, csv);
        heading.setId("coverageHeading");
        heading.setWrapText(true);
        heading.setPadding(new Insets(4, 8, 0, 8));
        // The chart ranks the foods the Foods tab shows: it says so when a search or filter narrows them.
        Label filteredNote = new Label();
        filteredNote.setWrapText(true);
        Hyperlink clearFilters = new Hyperlink(Messages.get("coverage.filtered.clear"));
        clearFilters.setId("coverageClearFilters");
        clearFilters.setOnAction(e -> foods.clearFilters());
        FlowPane filtered = new FlowPane(6, 2, filteredNote, clearFilters);
        filtered.setId("coverageFiltered");
        filtered.setPadding(new Insets(2, 8, 0, 8));
        filtered.getStyleClass().add("coverage-filtered");
        Runnable filterNote = () -> {
            String query = foods.queryProperty().get() == null ? "" : foods.queryProperty().get().trim();
            boolean narrowed = foods.isNarrowed();
            filtered.setVisible(narrowed);
            filtered.setManaged(narrowed);
            filteredNote.setText(query.isEmpty() ? Messages.get("coverage.filtered", foods.visibleRows().size())
                    : Messages.get("coverage.filtered.search", foods.visibleRows().size(), query));
        };
        foods.queryProperty().addListener((obs, o, n) -> filterNote.run());
        foods.groupProperty().addListener((obs, o, n) -> filterNote.run());
        foods.formProperty().addListener((obs, o, n) -> filterNote.run());
        foods.onlyWithK2Property().addListener((obs, o, n) -> filterNote.run());
        foods.visibleRows().addListener((ListChangeListener<FoodRow>) c -> filterNote.run());
        filterNote.run();
        setTop(new VBox(bar, studyDoseStrip(), filtered, heading));
        // Every bar keeps room for its food's name at any text size: the chart grows and scrolls rather than
        // leaving bars unlabelled.
        ScrollPane chartScroll = new ScrollPane(chart);
        chartScroll.setFitToWidth(true);
        chartScroll.setFitToHeight(true);
        chartScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(chartScroll);
        heading.fontProperty().addListener((obs, was, now) -> fitHeight());
        noData.setId("noDataLabel");
        noData.setWrapText(true);
        noData.setPadding(new Insets(4, 8, 8, 8));
        noData.getStyleClass().add("hint");
        setBottom(noData);

        Runnable changed = this::changed;
        targets.chartTargetProperty().addListener((obs, o, n) -> changed.run());
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
        rankBy.valueProperty().addListener((obs, o, n) -> changed.run());
        includeExcluded.selectedProperty().addListener((obs, o, n) -> changed.run());
        showing.addListener((obs, o, now) -> {
            if (now && dirty) {
                refresh();
            }
        });
    }

    /**
     * Shown while the chart works toward a study dose: says so, and closes it (the chart then shows the user's own
     * target again). The dose never reaches the Foods columns, plans or print.
     */
    private Node studyDoseStrip() {
        Label text = new Label();
        text.setId("studyDoseLabel");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            DailyTarget dose = targets.studyDoseProperty().get();
            if (dose == null) {
                return "";
            }
            String open = Messages.get("coverage.studyDose.open", dose.label());
            return dose.microgramsPerDay() < k2explorer.ui.common.StudyDose.DRUG_DOSE_MICROGRAMS ? open
                    : open + " " + Messages.get("studies.dose.drug",
                            k2explorer.ui.common.StudyDose.amount(dose.microgramsPerDay()));
        }, targets.studyDoseProperty()));
        Tooltip cite = new Tooltip();
        cite.textProperty().bind(Bindings.createStringBinding(() -> targets.studyDoseProperty().get() == null ? ""
                : Messages.get("target.cite.studyDose", targets.studyDoseProperty().get().label()),
                targets.studyDoseProperty()));
        text.setTooltip(cite);
        Button close = new Button(Messages.get("coverage.studyDose.close"));
        close.setId("closeStudyDoseButton");
        close.setOnAction(e -> targets.closeStudyDose());
        HBox strip = group(text, close);
        strip.getStyleClass().add("study-dose-strip");
        strip.setPadding(new Insets(4, 8, 0, 8));
        strip.visibleProperty().bind(targets.studyDoseProperty().isNotNull());
        strip.managedProperty().bind(strip.visibleProperty());
        return strip;
    }

    /** Controls that belong together and wrap as one. */
    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
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

    /** The bars drawn now, fewest grams first. */
    public List<ChartBar> bars() {
        return shownBars;
    }

    /** The target the bars are drawn for, or null. */
    public DailyTarget target() {
        return targets.chartTargetProperty().get();
    }

    /** The foods the chart lists below the bars (never reaching, no data …), in words for paper. */
    public String listedBelow() {
        return shownResult == null ? "" : listedBelow(shownResult, "coverage.leftOut.print");
    }

    private void changed() {
        dirty = true;
        if (showing.get()) {
            refresh();
        }
    }

    /** The rows the chart ranks now: the Foods table's rows as shown, or only the picked ones. */
    private List<FoodRow> rankedRows() {
        return pickedOnly.isSelected() ? List.copyOf(foods.pickedRows()) : List.copyOf(foods.visibleRows());
    }

    private CoverageChartModel.Ranking ranking() {
        return new CoverageChartModel.Ranking(rankBy.getValue(), includeExcluded.isSelected());
    }

    /** What "Export table as CSV" writes: the chart's whole ranking for the current settings. */
    public CoverageCsv.Table csvTable() {
        DailyTarget target = targets.chartTargetProperty().get();
        if (target == null) {
            throw new IllegalStateException("no daily target chosen");
        }
        return CoverageChartModel.csv(rankedRows(), target, foods.catalogProperty().get(),
                foods.oneRowPerFamilyProperty().get(), ranking(), foods.portions());
    }

    /** Rebuilds the bars from the current rows and target. */
    public void refresh() {
        dirty = false;
        DailyTarget target = targets.chartTargetProperty().get();
        List<FoodRow> rows = rankedRows();
        Map<String, String> labels = k2explorer.catalog.FoodNames.labels(foods.catalogProperty().get());
        CoverageChartModel.Ranking ranking = ranking();
        CoverageChartModel.Result result = CoverageChartModel.of(rows, target, topN.getValue(), labels, ranking,
                foods.portions());
        shownBars = result.bars();
        boolean log = logScale.isSelected();
        boolean servings = ranking.by() == CoverageChartModel.RankBy.SERVINGS;
        xAxis.setLabel(Messages.get(servings ? (log ? "coverage.axis.servings.log" : "coverage.axis.servings")
                : log ? "coverage.axis.log" : "coverage.axis"));
        Map<FormGroup, XYChart.Series<Number, String>> series = new LinkedHashMap<>();
        for (FormGroup g : FormGroup.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(g.label());
            series.put(g, s);
        }
        categoryToFood.clear();
        Map<String, Double> markers = new LinkedHashMap<>();
        List<ChartBar> bars = result.bars();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (ChartBar b : bars) {
            double v = servings ? b.servings().midpoint() : b.grams().midpoint();
            min = Math.min(min, v);
            max = Math.max(max, servings ? v : Math.max(v, b.servingGrams()));
        }
        xAxis.show(servings ? min : 1, max, log, servings
                ? v -> Messages.get("coverage.servings", AmountFormat.format(v)) : ReadableTicks::grams);
        // A horizontal chart draws its first category at the bottom: largest first. A CategoryAxis keeps the order of
        // every category it has seen unless it is given them, so the order is set here each time.
        List<String> categories = new java.util.ArrayList<>();
        for (int i = bars.size() - 1; i >= 0; i--) {
            ChartBar b = bars.get(i);
            String category = uniqueCategory(b, bars);
            categoryToFood.put(category, b.foodId());
            categories.add(category);
            for (FormGroup g : FormGroup.values()) {
                double value = g == b.mainForm()
                        ? xAxis.position(servings ? b.servings().midpoint() : b.grams().midpoint()) : 0;
                XYChart.Data<Number, String> d = new XYChart.Data<>(value, category);
                d.setExtraValue(b);
                d.nodeProperty().addListener((obs, old, node) -> decorate(node, b, target));
                series.get(g).getData().add(d);
            }
            if (b.servingGrams() > 0 && !servings) {
                markers.put(category, xAxis.position(b.servingGrams()));
            }
        }
        yAxis.setAutoRanging(false);
        yAxis.setCategories(FXCollections.observableArrayList(categories));
        chart.getData().setAll(series.values());
        Map<XYChart.Series<Number, String>, String> formOf = new HashMap<>();
        series.forEach((group, s) -> formOf.put(s, group.name()));
        k2explorer.ui.common.FormColours.apply(chart, formOf);
        fitHeight();
        chart.setServingMarkers(markers);
        heading.setText(target == null ? Messages.get("coverage.choose.a.daily.target.above")
                : Messages.get("coverage.heading", target.label(), EnumLabels.of(target.counted())));
        shownResult = result;
        noData.setText(listedBelow(result, "coverage.leftOut"));
    }

    /** The foods listed under the bars; {@code leftOutKey} says how the left-out products are brought back. */
    private static String listedBelow(CoverageChartModel.Result result, String leftOutKey) {
        return String.join("\n", List.of(listed(result.never(), "coverage.never.one", "coverage.never.many"),
                listed(result.noneInFormsMeasured(), "coverage.noneInForms.one", "coverage.noneInForms.many"),
                listed(result.assumedZero(), "coverage.assumedZero.one", "coverage.assumedZero.many"),
                listed(result.noData(), "coverage.noData.one", "coverage.noData.many"),
                listed(result.noServing(), "coverage.noServing.one", "coverage.noServing.many"),
                result.leftOut() == 0 ? "" : Messages.get(leftOutKey, String.format("%,d", result.leftOut())))
                .stream().filter(t -> !t.isEmpty()).toList());
    }

    /** "3 foods never reach the target …: a; b; c", or nothing; long lists are only counted. */
    private static String listed(List<String> foods, String oneKey, String manyKey) {
        int n = foods.size();
        return n == 0 ? "" : Messages.get(n == 1 ? oneKey : manyKey, String.format("%,d", n),
                n <= LISTED_FOODS ? ": " + String.join("; ", foods) : ".");
    }

    /** The bar's label: the food with its source, marked when its value carries a known doubt. */
    private String uniqueCategory(ChartBar b, List<ChartBar> bars) {
        // The label already names the food with its source ("Natto (USDA SR28)"), so look-alike rows stay apart.
        String named = b.label();
        String base = b.doubtful() ? Messages.get("coverage.bar.doubtful", named) : named;
        String category = base;
        int n = 2;
        while (categoryToFood.containsKey(category)) {
            category = base + " #" + n++;
        }
        return category;
    }

    /** Room for every bar's label at the text size in use: the chart grows (and its pane scrolls) as needed. */
    private void fitHeight() {
        double em = heading.getFont().getSize();
        chart.setMinHeight((shownBars.size() * BAR_EMS + AXIS_EMS) * em);
    }

    private void decorate(Node node, ChartBar b, DailyTarget target) {
        if (node == null) {
            return;
        }
        String grams = Messages.get(b.upperBound() ? "coverage.bar.gramsAtMost" : "coverage.bar.grams",
                AmountFormat.format(b.grams()));
        String doubts = b.doubts().stream().sorted().map(d -> Messages.get("cell.doubt", EnumLabels.of(d)))
                .collect(java.util.stream.Collectors.joining("\n"));
        Tooltip.install(node, new Tooltip(Messages.get("coverage.bar.tooltip", b.label(), grams,
                target == null ? Messages.get("coverage.bar.theTarget")
                        : target.label() + " (" + EnumLabels.of(target.counted()) + ")", b.servingLabel(), b.sources())
                + (doubts.isEmpty() ? "" : "\n" + doubts)));
        node.setOnMouseClicked(e -> {
            if (foods.selectFood(b.foodId())) {
                showFoodDetail.run();
            }
        });
    }

}
