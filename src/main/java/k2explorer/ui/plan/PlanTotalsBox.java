package k2explorer.ui.plan;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import k2explorer.catalog.KForm;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;

/**
 * The plan's totals: the counted forms and each form against the daily target, as bars with their amounts, what was
 * not measured in which foods, and the foods the catalog no longer has. Follows the totals and the target.
 */
final class PlanTotalsBox extends VBox {
    private static final double PROGRESS_WIDTH = 260;
    private final PlanViewModel model;

    PlanTotalsBox(PlanViewModel model) {
        super(6);
        this.model = model;
        setId("planTotals");
        model.totalsProperty().addListener((obs, o, n) -> show());
        model.targetProperty().addListener((obs, o, n) -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        PlanTotals totals = model.totalsProperty().get();
        DailyTarget target = model.targetProperty().get();
        Label title = new Label(Messages.get("plan.totals"));
        title.getStyleClass().add("detail-section");
        getChildren().add(title);
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
        getChildren().add(grid);
        if (target == null) {
            getChildren().add(new Label(Messages.get("plan.noTarget")));
        }
        if (!totals.missingFoods().isEmpty()) {
            getChildren().add(new Label(Messages.get("plan.missingFoods") + " "
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
}
