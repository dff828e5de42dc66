package k2explorer.ui.plan;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import k2explorer.mine.plans.DayPlan;
import k2explorer.ui.foods.FoodsViewModel;

/**
 * A day plan: the saved plans ({@link SavedPlansList}) beside the editor — name and date ({@link PlanHeader}),
 * adding foods ({@link AddFoodRow}), the foods ({@link PlanItemsTable}), totals against the target
 * ({@link PlanTotalsBox}) and a week of K1 ({@link WeekOfK1Pane}).
 */
public final class PlanView extends BorderPane {
    /** What the plan view asks of the window: storing happens in the background there. */
    public interface Commands {
        void save();

        void delete(DayPlan plan);
    }

    private final WeekOfK1Pane weekPane;
    private final ScrollPane scroll;

    /**
     * @param readOnly whether the user's data cannot be written (yet, or this session): saving and deleting
     *                 follow it, so a view built during start-up becomes usable once the data is open
     */
    public PlanView(PlanViewModel model, FoodsViewModel foods, Commands actions, ObservableBooleanValue readOnly) {
        setId("planView");
        setLeft(new SavedPlansList(model, actions, readOnly));
        weekPane = new WeekOfK1Pane(model);
        VBox center = new VBox(8, new PlanHeader(model, actions, readOnly), new AddFoodRow(model, foods),
                new PlanItemsTable(model), new PlanTotalsBox(model), weekPane);
        center.setPadding(new Insets(8));
        scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** Expands the week of K1 and scrolls it into view (a learn panel link opens it). */
    public void revealWeek() {
        weekPane.setExpanded(true);
        scroll.setVvalue(scroll.getVmax());
        weekPane.requestFocus();
    }
}
