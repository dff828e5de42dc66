package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import k2explorer.catalog.Basis;
import k2explorer.coverage.CountedForms;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;

class SettingsKeysTest {

    @Test
    void targetBasisPortionsAndTheComparedSetSurviveARestart() {
        TestApp app = new TestApp().showing(TestFoods.catalog());
        TargetChoiceViewModel targets = app.models().targets();
        FoodsViewModel foods = app.models().foods();
        CompareViewModel compare = app.models().compare();
        targets.countedProperty().set(CountedForms.K2_ALL);
        foods.basisProperty().set(Basis.PER_SERVING);
        foods.choosePortion(foods.row("natto").orElseThrow(),
                foods.row("natto").orElseThrow().food().portions().get(1));
        compare.add(List.of(foods.row("gouda").orElseThrow(), foods.row("natto").orElseThrow()));
        Map<String, String> saved = SettingsKeys.snapshot(targets, foods, compare);

        TestApp restarted = new TestApp().showing(TestFoods.catalog());
        TargetChoiceViewModel targets2 = restarted.models().targets();
        FoodsViewModel foods2 = restarted.models().foods();
        CompareViewModel compare2 = restarted.models().compare();
        SettingsKeys.restore(saved, targets2, foods2, compare2);
        assertEquals(CountedForms.K2_ALL, targets2.countedProperty().get());
        assertEquals(CountedForms.K2_ALL, foods2.targetProperty().get().counted(), "the restored target reaches Foods");
        assertEquals(CountedForms.K2_ALL, restarted.models().plan().targetProperty().get().counted(), "and the plan");
        assertEquals(Basis.PER_SERVING, foods2.basisProperty().get());
        assertEquals(175, foods2.portion(foods2.row("natto").orElseThrow()).grams());
        assertEquals(List.of("gouda", "natto"), compare2.ids());
    }
}
