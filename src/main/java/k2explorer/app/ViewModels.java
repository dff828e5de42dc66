package k2explorer.app;

import k2explorer.ui.appearance.AppearanceViewModel;
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
}
