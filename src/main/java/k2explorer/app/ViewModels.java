package k2explorer.app;

import k2explorer.coverage.TargetPresets;
import k2explorer.ui.appearance.AppearanceViewModel;
import k2explorer.ui.async.UiExecutor;
import k2explorer.ui.common.Exporter;
import k2explorer.ui.common.Notifier;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.plan.PlanViewModel;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesViewModel;
import k2explorer.ui.userdata.UserDataViewModel;

/** Every view-model of the window, made once by the composition root and shared by the views. */
public record ViewModels(FoodsViewModel foods, TargetChoiceViewModel targets, CompareViewModel compare,
                         StudiesViewModel studies, ClaimsViewModel claims, PlanViewModel plan,
                         AppearanceViewModel appearance, UserDataViewModel userData) {

    /**
     * Makes the view-models around {@code foods} and binds them to each other (the chosen target reaches the foods
     * and the plan, the plan sees the foods' catalog). {@link AppContext} wires the window with it, and view-model
     * tests without the FX toolkit wire theirs with it too, so the wiring tested is the wiring shipped.
     */
    public static ViewModels wire(FoodsViewModel foods, UiExecutor executor, Notifier notifier, Exporter writes) {
        TargetChoiceViewModel targets = new TargetChoiceViewModel(TargetPresets.load());
        foods.targetProperty().bind(targets.targetProperty());
        PlanViewModel plan = new PlanViewModel();
        plan.catalogProperty().bind(foods.catalogProperty());
        plan.targetProperty().bind(targets.targetProperty());
        return new ViewModels(foods, targets, new CompareViewModel(foods), new StudiesViewModel(),
                new ClaimsViewModel(), plan, new AppearanceViewModel(),
                new UserDataViewModel(executor, notifier, writes, foods, plan));
    }
}
