package k2explorer.ui.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodNames;
import k2explorer.catalog.KForm;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.WeeklyK1;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.Dialogs;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.foods.FoodPicker;
import k2explorer.ui.foods.FoodsViewModel;

/** A day plan: foods with amounts, totals per form against the target, saved plans, and a week of K1. */
public final class PlanView extends BorderPane {
    private static final double SAVED_PLANS_WIDTH = 240;
    private static final double AMOUNT_COLUMN_WIDTH = 200;
    /** Long enough to read a progress of a few percent. */
    private static final double FORM_COLUMN_WIDTH = 115;
    private static final double PROGRESS_WIDTH = 260;
    /** What the plan view asks of the window: storing happens in the background there. */
    public interface Commands {
        void save();

        void delete(DayPlan plan);
    }

    private final PlanViewModel model;
    private final VBox totalsBox = new VBox(6);
    private final BarChart<String, Number> weekChart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label weekSummary = new Label();
    private TitledPane weekPane;
    private ScrollPane scroll;
    private final Label weekTitle = new Label();
    /** True while the list's selection is set to follow the editor (not a user's choice). */
    private boolean syncing;

    /**
     * @param readOnly whether the user's data cannot be written (yet, or this session): saving and deleting
     *                 follow it, so a view built during start-up becomes usable once the data is open
     */
    public PlanView(PlanViewModel model, FoodsViewModel foods, Commands actions, ObservableBooleanValue readOnly) {
        this.model = model;
        setId("planView");
        setLeft(savedPlans(actions, readOnly));
        weekPane = warfarinHelper();
        VBox center = new VBox(8, header(actions, readOnly), addRow(foods), itemsTable(), totalsBox, weekPane);
        center.setPadding(new Insets(8));
        totalsBox.setId("planTotals");
        scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.totalsProperty().addListener((obs, o, n) -> showTotals());
        model.targetProperty().addListener((obs, o, n) -> showTotals());
        model.weeklyProperty().addListener((obs, o, n) -> showWeek(n));
        showTotals();
        showWeek(model.weeklyProperty().get());
    }

    private VBox savedPlans(Commands actions, ObservableBooleanValue readOnly) {
        ListView<DayPlan> list = new ListView<>(model.saved());
        list.setId("planList");
        list.setAccessibleText(Messages.get("plan.saved"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DayPlan plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? null : plan.name() + (plan.date() == null ? ""
                        : " — " + Dates.shown(plan.date())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (syncing || now == null || Objects.equals(now.id(), model.currentId())) {
                return;
            }
            if (confirmDiscard()) {
                model.open(now);
            } else {
                // Kept editing: the list shows the plan in the editor again, so Delete acts on that one.
                Platform.runLater(() -> showCurrentIn(list));
            }
        });
        // After a save, a restore or a delete the list shows the plan being edited, or none.
        model.saved().addListener((ListChangeListener<DayPlan>) c -> showCurrentIn(list));
        model.currentIdProperty().addListener((obs, o, n) -> showCurrentIn(list));
        Button newPlan = new Button(Messages.get("plan.new"));
        newPlan.setId("planNewButton");
        newPlan.setOnAction(e -> {
            if (confirmDiscard()) {
                model.newPlan();
                list.getSelectionModel().clearSelection();
            }
        });
        Button delete = new Button(Messages.get("plan.delete"));
        delete.setId("planDeleteButton");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(readOnly));
        delete.setOnAction(e -> {
            DayPlan plan = list.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(getScene().getWindow(), Messages.get("plan.delete.header"),
                    Messages.get("plan.delete.text", plan.name()))) {
                actions.delete(plan);
            }
        });
        newPlan.disableProperty().bind(readOnly);
        Label title = new Label(Messages.get("plan.saved"));
        title.getStyleClass().add("detail-section");
        VBox box = new VBox(6, title, list, new HBox(6, newPlan, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.setPrefWidth(SAVED_PLANS_WIDTH);
        return box;
    }

    private void showCurrentIn(ListView<DayPlan> list) {
        syncing = true;
        try {
            Long id = model.currentId();
            Optional<DayPlan> current = id == null ? Optional.empty()
                    : list.getItems().stream().filter(p -> id.equals(p.id())).findFirst();
            if (current.isPresent()) {
                list.getSelectionModel().select(current.get());
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get() || model.items().isEmpty() && model.nameProperty().get().isBlank()) {
            return true;
        }
        return Dialogs.confirm(getScene() == null ? null : getScene().getWindow(), Messages.get("plan.unsaved"),
                Messages.get("plan.unsaved.text"));
    }

    private HBox header(Commands actions, ObservableBooleanValue readOnly) {
        TextField name = new TextField();
        name.setId("planNameField");
        name.setPromptText(Messages.get("plan.name.prompt"));
        // Room for the whole placeholder at any text size.
        k2explorer.ui.common.PromptWidth.fit(name);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setAccessibleText(Messages.get("plan.name.a11y"));
        name.textProperty().bindBidirectional(model.nameProperty());
        DatePicker date = new DatePicker();
        date.setId("planDatePicker");
        date.setAccessibleText(Messages.get("plan.date.a11y"));
        date.valueProperty().bindBidirectional(model.dateProperty());
        Button save = new Button(Messages.get("plan.save"));
        save.setId("planSaveButton");
        save.setDefaultButton(false);
        save.disableProperty().bind(readOnly);
        save.setOnAction(e -> {
            String doubt = model.dateProblemProperty().get();
            if (doubt.isEmpty() || Dialogs.confirm(getScene() == null ? null : getScene().getWindow(),
                    Messages.get("plan.date.doubt.header"), doubt)) {
                actions.save();
            }
        });
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Dates.shown(d);
            }

            @Override
            public LocalDate fromString(String text) {
                return Dates.typed(text);
            }
        });
        Label dateProblem = new Label();
        dateProblem.setId("planDateProblem");
        dateProblem.getStyleClass().add("caution");
        dateProblem.textProperty().bind(model.dateProblemProperty());
        Label dirty = new Label();
        dirty.setId("planDirtyLabel");
        dirty.textProperty().bind(Bindings.when(model.dirtyProperty())
                .then(Messages.get("plan.unsaved")).otherwise(""));
        dirty.getStyleClass().add("caution");
        HBox box = new HBox(8, new Label(Messages.get("plan.label")), name, date, save, dirty, dateProblem);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox addRow(FoodsViewModel foods) {
        FoodPicker picker = new FoodPicker(foods, "planFoodPicker", Messages.get("plan.picker.prompt"),
                Messages.get("plan.picker.a11y"));
        TextField amount = new TextField();
        amount.setId("planAmountField");
        amount.setPromptText(Messages.get("plan.amount.prompt"));
        amount.setPrefColumnCount(6);
        amount.setAccessibleText(Messages.get("plan.column.amount"));
        ComboBox<UnitChoice> unit = new ComboBox<>();
        unit.setId("planUnitChoice");
        unit.setConverter(EnumLabels.shown(UnitChoice::label, ""));
        unit.setAccessibleText(Messages.get("plan.unit.a11y"));
        unit.getItems().setAll(UnitChoice.GRAMS);
        unit.setValue(UnitChoice.GRAMS);
        // The unit is the user's choice: picking (or only highlighting) a food offers its portions but never
        // switches the unit; a portion the food does not have is named when adding, not silently replaced.
        picker.valueProperty().addListener((obs, o, row) -> {
            UnitChoice chosen = unit.getValue();
            List<UnitChoice> offered = row == null ? List.of(UnitChoice.GRAMS) : UnitChoice.of(row.food());
            unit.getItems().setAll(offered);
            unit.setValue(chosen == null ? UnitChoice.GRAMS : chosen);
        });
        Label message = new Label();
        message.setId("planMessage");
        message.getStyleClass().add("field-problem");
        Button add = new Button(Messages.get("plan.add"));
        add.setId("planAddButton");
        Runnable addIt = () -> {
            String problem = model.add(picker.getValue() == null ? null : picker.getValue().food(), amount.getText(),
                    unit.getValue());
            message.setText(problem == null ? "" : problem);
            if (problem == null) {
                amount.clear();
            }
        };
        add.setOnAction(e -> addIt.run());
        amount.setOnAction(e -> addIt.run());
        HBox box = new HBox(8, picker, amount, unit, add, message);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox itemsTable() {
        TableView<DayPlan.Item> table = new TableView<>(model.items());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("planItemsTable");
        table.setAccessibleText(Messages.get("plan.table.a11y"));
        table.setPrefHeight(230);
        table.setPlaceholder(new Label(Messages.get("plan.placeholder")));
        TableColumn<DayPlan.Item, String> food = new TableColumn<>(Messages.get("plan.column.food"));
        // Named with its source: three "Natto" rows from three sources are three different foods.
        food.setCellValueFactory(c -> new ReadOnlyStringWrapper(FoodNames.withSource(c.getValue().foodId(),
                c.getValue().foodName(), model.catalogProperty().get())));
        food.setPrefWidth(330);
        TableColumn<DayPlan.Item, String> amount = new TableColumn<>(Messages.get("plan.column.amount"));
        amount.setCellValueFactory(c -> new ReadOnlyStringWrapper(amountText(c.getValue())));
        amount.setPrefWidth(AMOUNT_COLUMN_WIDTH);
        table.getColumns().add(food);
        table.getColumns().add(amount);
        for (KForm form : PlanTotals.SHOWN) {
            TableColumn<DayPlan.Item, String> col = new TableColumn<>(Messages.get("plan.column.form",
                    EnumLabels.of(form)));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(formText(c.getValue(), form)));
            col.setPrefWidth(FORM_COLUMN_WIDTH);
            col.setMinWidth(FORM_COLUMN_WIDTH);
            table.getColumns().add(col);
        }
        Button remove = new Button(Messages.get("plan.remove"));
        remove.setId("planRemoveButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedIndex()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.remove(table.getSelectionModel().getSelectedIndex());
            }
        });
        return new VBox(4, table, remove);
    }

    private static String amountText(DayPlan.Item item) {
        return item.unit() == PlanUnit.GRAMS ? Messages.get("plan.item.grams", Numbers.shown(item.amount(), 1))
                : Messages.get("plan.item.servings", Numbers.shown(item.amount(), 2), item.portionLabel(),
                Numbers.shown(item.grams(), 0));
    }

    private String formText(DayPlan.Item item, KForm form) {
        Catalog catalog = model.catalogProperty().get();
        Optional<Food> food = catalog == null ? Optional.empty() : catalog.food(item.foodId());
        return food.flatMap(f -> f.amount(form))
                .map(a -> AmountFormat.format(a.forGrams(item.grams())))
                .orElse(AmountFormat.NOT_MEASURED);
    }

    private void showTotals() {
        totalsBox.getChildren().clear();
        PlanTotals totals = model.totalsProperty().get();
        DailyTarget target = model.targetProperty().get();
        Label title = new Label(Messages.get("plan.totals"));
        title.getStyleClass().add("detail-section");
        totalsBox.getChildren().add(title);
        if (totals == null) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        if (target != null) {
            row = bar(grid, row, "counted", Messages.get("plan.counted", EnumLabels.of(target.counted())),
                    totals.counted(), target);
        }
        for (KForm form : PlanTotals.SHOWN) {
            row = bar(grid, row, form.name(), EnumLabels.of(form), totals.of(form), target);
        }
        bar(grid, row, "otherK2", Messages.get("plan.otherK2"), totals.otherK2(), target);
        totalsBox.getChildren().add(grid);
        if (target == null) {
            totalsBox.getChildren().add(new Label(Messages.get("plan.noTarget")));
        }
        if (!totals.missingFoods().isEmpty()) {
            totalsBox.getChildren().add(new Label(Messages.get("plan.missingFoods") + " "
                    + String.join(", ", totals.missingFoods())));
        }
    }

    private static int bar(GridPane grid, int row, String id, String label, PlanTotals.Line line,
                           DailyTarget target) {
        Label name = new Label(label);
        double micrograms = line.lowMicrograms();
        ProgressBar bar = new ProgressBar(target == null ? 0 : Math.min(1, micrograms / target.microgramsPerDay()));
        bar.setId("planProgress-" + id);
        bar.setPrefWidth(PROGRESS_WIDTH);
        List<String> notMeasured = line.notMeasuredIn();
        String amount = line.amount().map(a -> {
            String total = AmountFormat.format(a, line.partial());
            return target == null ? Messages.get("plan.total.amount", total)
                    : Messages.get("plan.total.ofTarget", total, AmountFormat.format(a.times(100
                    / target.microgramsPerDay()), line.partial()), Numbers.shown(target.microgramsPerDay(), 2));
        }).orElse(AmountFormat.NOT_MEASURED);
        Label value = new Label(amount);
        value.setId("planTotal-" + id);
        bar.setAccessibleText(label + ": " + amount);
        grid.add(name, 0, row);
        grid.add(bar, 1, row);
        grid.add(value, 2, row);
        if (!notMeasured.isEmpty()) {
            Label note = new Label(Messages.get("plan.notMeasuredIn", String.join(", ", notMeasured)));
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            grid.add(note, 3, row);
        }
        return row + 1;
    }

    /** Expands the week of K1 and scrolls it into view (a learn panel link opens it). */
    public void revealWeek() {
        weekPane.setExpanded(true);
        scroll.setVvalue(scroll.getVmax());
        weekPane.requestFocus();
    }

    private TitledPane warfarinHelper() {
        weekChart.setId("weeklyK1Chart");
        weekChart.setLegendVisible(false);
        weekChart.setAnimated(false);
        weekChart.setPrefHeight(240);
        weekChart.getYAxis().setLabel(Messages.get("plan.week.axis"));
        weekChart.setAccessibleText(Messages.get("plan.week.a11y"));
        weekSummary.setId("weeklyK1Summary");
        weekSummary.setWrapText(true);
        Label note = new Label(Messages.get("plan.week.note"));
        note.setWrapText(true);
        note.setId("warfarinHelperNote");
        Button asTable = new Button(Messages.get("plan.week.tableButton"));
        asTable.setId("weeklyK1TableButton");
        asTable.setOnAction(e -> WeekTable.show(getScene().getWindow(), weekTitle.getText(), model.weekRows()));
        Button previous = new Button(Messages.get("plan.week.previous"));
        previous.setId("weeklyK1Previous");
        previous.setOnAction(e -> model.previousWeek());
        Button next = new Button(Messages.get("plan.week.next"));
        next.setId("weeklyK1Next");
        next.setOnAction(e -> model.nextWeek());
        weekTitle.setId("weeklyK1Week");
        HBox navigation = new HBox(8, previous, weekTitle, next, asTable);
        navigation.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, navigation, weekSummary, weekChart, note);
        TitledPane pane = new TitledPane(Messages.get("plan.week.title"), box);
        pane.setId("warfarinHelper");
        pane.setExpanded(true);
        return pane;
    }

    private void showWeek(WeeklyK1 week) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<String> days = new ArrayList<>();
        boolean anyPlan = week != null && week.days().stream().anyMatch(d -> d.k1Micrograms() != null);
        weekTitle.setText(week == null ? "" : Messages.get("plan.week.range", Dates.shown(week.monday()),
                Dates.shown(week.monday().plusDays(6))));
        weekChart.setVisible(anyPlan);
        weekChart.setManaged(anyPlan);
        if (week != null && !anyPlan) {
            // An empty week is said once, not day by day.
            weekSummary.setText(week.spread());
        } else if (week != null) {
            List<String> categories = new ArrayList<>();
            for (WeeklyK1.Day day : week.days()) {
                String label = Dates.withDay(day.date());
                categories.add(label);
                if (day.k1Micrograms() != null) {
                    series.getData().add(new XYChart.Data<>(label, day.k1Micrograms().low()));
                }
                days.add(Messages.get("plan.week.day", label, day.k1Micrograms() == null
                        ? Messages.get(day.emptyPlans().isEmpty() ? "plan.week.noPlan" : "plan.week.state.empty")
                        : Messages.get(day.partial() ? "plan.week.k1.atLeast" : "plan.week.k1",
                        PlanViewModel.k1Text(day))));
            }
            ((CategoryAxis) weekChart.getXAxis()).setCategories(FXCollections
                    .observableArrayList(categories));
            weekSummary.setText(Messages.get("plan.week.summary", week.spread(), String.join("; ", days)));
        } else {
            weekSummary.setText("");
        }
        weekChart.getData().setAll(List.of(series));
    }
}
