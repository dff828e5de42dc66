package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import k2explorer.catalog.Basis;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.TargetPresets;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;

class SettingsKeysTest {

    @Test
    void targetBasisPortionsAndTheComparedSetSurviveARestart() {
        TargetChoiceViewModel targets = new TargetChoiceViewModel(TargetPresets.load());
        FoodsViewModel foods = new FoodsViewModel();
        foods.setCatalog(TestFoods.catalog());
        CompareViewModel compare = new CompareViewModel(foods);
        targets.countedProperty().set(CountedForms.K2_ALL);
        foods.basisProperty().set(Basis.PER_SERVING);
        foods.choosePortion(foods.row("natto").orElseThrow(),
                foods.row("natto").orElseThrow().food().portions().get(1));
        compare.add(List.of(foods.row("gouda").orElseThrow(), foods.row("natto").orElseThrow()));
        Map<String, String> saved = SettingsKeys.snapshot(targets, foods, compare);

        TargetChoiceViewModel targets2 = new TargetChoiceViewModel(TargetPresets.load());
        FoodsViewModel foods2 = new FoodsViewModel();
        foods2.setCatalog(TestFoods.catalog());
        CompareViewModel compare2 = new CompareViewModel(foods2);
        SettingsKeys.restore(saved, targets2, foods2, compare2);
        assertEquals(CountedForms.K2_ALL, targets2.countedProperty().get());
        assertEquals(Basis.PER_SERVING, foods2.basisProperty().get());
        assertEquals(175, foods2.portion(foods2.row("natto").orElseThrow()).grams());
        assertEquals(List.of("gouda", "natto"), compare2.ids());
    }
}
