package k2explorer.ui.plan;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Messages;
import k2explorer.mine.plans.WeeklyK1;

/**
 * The warfarin helper: the K1 of each day of a week of dated plans, as a chart, in words and as a table, with the
 * weeks before and after a click away. Follows the plans' week.
 */
final class WeekOfK1Pane extends TitledPane {
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label summary = new Label();
    private final Label title = new Label();

    WeekOfK1Pane(PlanViewModel model) {
        chart.setId("weeklyK1Chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        chart.getYAxis().setLabel(Messages.get("plan.week.axis"));
        chart.setAccessibleText(Messages.get("plan.week.a11y"));
        summary.setId("weeklyK1Summary");
        summary.setWrapText(true);
        Label note = new Label(Messages.get("plan.week.note"));
        note.setWrapText(true);
        note.setId("warfarinHelperNote");
        Button asTable = new Button(Messages.get("plan.week.tableButton"));
        asTable.setId("weeklyK1TableButton");
        asTable.setOnAction(e -> WeekTable.show(getScene().getWindow(), title.getText(), model.weekRows()));
        Button previous = new Button(Messages.get("plan.week.previous"));
        previous.setId("weeklyK1Previous");
        previous.setOnAction(e -> model.previousWeek());
        Button next = new Button(Messages.get("plan.week.next"));
        next.setId("weeklyK1Next");
        next.setOnAction(e -> model.nextWeek());
        title.setId("weeklyK1Week");
        HBox navigation = new HBox(8, previous, title, next, asTable);
        navigation.setAlignment(Pos.CENTER_LEFT);
        setText(Messages.get("plan.week.title"));
        setContent(new VBox(6, navigation, summary, chart, note));
        setId("warfarinHelper");
        setExpanded(true);
        model.weeklyProperty().addListener((obs, o, n) -> show(n));
        show(model.weeklyProperty().get());
    }

    private void show(WeeklyK1 week) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<String> days = new ArrayList<>();
        boolean anyPlan = week != null && week.days().stream().anyMatch(d -> d.k1Micrograms() != null);
        title.setText(week == null ? "" : Messages.get("plan.week.range", Dates.shown(week.monday()),
                Dates.shown(week.monday().plusDays(6))));
        chart.setVisible(anyPlan);
        chart.setManaged(anyPlan);
        if (week != null && !anyPlan) {
            // An empty week is said once, not day by day.
            summary.setText(week.spread());
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
            ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(categories));
            summary.setText(Messages.get("plan.week.summary", week.spread(), String.join("; ", days)));
        } else {
            summary.setText("");
        }
        chart.getData().setAll(List.of(series));
    }
}
