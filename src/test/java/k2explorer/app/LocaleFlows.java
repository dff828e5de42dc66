package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.i18n.Numbers;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.Plans;
import k2explorer.ui.common.TableTexts;
import k2explorer.ui.coverage.TargetOption;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodPicker;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.plan.UnitChoice;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The key flows a user goes through with numbers — editing a food of their own, entering a plan, a custom target,
 * the coverage columns — run once per locale (en-US, de-DE, fr-FR: one subclass each): whatever the app shows can
 * be typed back, and nothing changes by itself. Each subclass pins its locale for the whole class.
 */
abstract class LocaleFlows extends AppWindowTest {
    private static void choose(String itemId, FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = menuItems(bar)
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FoodRow row(String id) {
        return foods().allRows().stream().filter(r -> r.food().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFoodOfMineSavedUntouchedKeepsEveryAmount(FxRobot robot) throws Exception {
        MyFood mine = new MyFood(null, "Gouda, brand Q", "Dairy", "label of brand Q, 2026",
                Map.of(KForm.MK9, 0.125, KForm.MK7, 1234.5), List.of(new MyFood.MyPortion("slice", 28.35)));
        robot.interact(() -> context.models().userData().saveMyFood(mine));
        awaitBackgroundWork();
        choose("editMyFoodMenu", robot);
        assertEquals(Numbers.exact(0.125), robot.lookup("#myFoodAmount-MK9").queryTextInputControl().getText());
        assertEquals("", robot.lookup("#myFoodAmount-MK9Error").queryLabeled().getText());
        robot.clickOn("#myFoodSaveButton");
        awaitBackgroundWork();
        MyFood stored = new MyFoods(userStore()).all().get(0);
        assertEquals(mine.per100g(), stored.per100g(), "saved untouched: the same amounts");
        assertEquals(mine.portions(), stored.portions());
    }

    @Test
    void aPlanIsEnteredTheLocalesWayAndTheUnitStaysTheUsersChoice(FxRobot robot) throws Exception {
        robot.clickOn("#planTab");
        FoodPicker picker = robot.lookup("#planFoodPicker").queryAs(FoodPicker.class);
        ComboBox<UnitChoice> unit = robot.lookup("#planUnitChoice").queryComboBox();
        robot.interact(() -> picker.setValue(row("lit:KAMAO2007:natto")));
        assertEquals(UnitChoice.GRAMS, unit.getValue(), "picking natto does not switch grams to its pack");
        robot.clickOn("#planAmountField").write(Numbers.exact(12.5));
        robot.clickOn("#planAddButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12.5, plan().items().get(0).amount());
        assertEquals(List.of(Numbers.shown(12.5, 1) + " g"), TableTexts.column(
                robot.lookup("#planItemsTable").queryAs(TableView.class), 1));
        robot.clickOn("#planNameField").write("Lunch");
        robot.clickOn("#planSaveButton");
        awaitBackgroundWork();
        ListView<DayPlan> list = robot.lookup("#planList").queryListView();
        assertEquals("Lunch", list.getSelectionModel().getSelectedItem().name(),
                "the saved plan stays highlighted in the list");
        assertFalse(robot.lookup("#planDeleteButton").queryButton().isDisabled());
        assertEquals(12.5, new Plans(userStore()).all().get(0).items().get(0).amount());
    }

    @Test
    void aCustomTargetIsTypedTheLocalesWay(FxRobot robot) {
        robot.interact(() -> targets().optionProperty().set(TargetOption.CUSTOM));
        robot.clickOn("#customTargetField").write(Numbers.exact(150.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(150.5, targets().targetProperty().get().microgramsPerDay(), 1e-9);
        assertEquals("", robot.lookup("#targetProblem").queryLabeled().getText());
    }

    @Test
    void coverageColumnsShowNumbersThatReadBack(FxRobot robot) {
        robot.interact(() -> {
            targets().optionProperty().set(TargetOption.CUSTOM);
            targets().customMicrogramsProperty().set(Numbers.exact(90));
            targets().countedProperty().set(CountedForms.MK7_ONLY);
        });
        FoodRow natto = foods().row("lit:KAMAO2007:natto").orElseThrow();
        for (FoodColumn column : List.of(FoodColumn.MK7, FoodColumn.GRAMS_TO_TARGET,
                FoodColumn.PERCENT_PER_SERVING)) {
            String text = foods().value(natto, column).orElseThrow().text();
            double shown = Numbers.typed(text.replaceAll("^[≤≥<>] ", ""), column.title()).value().orElseThrow();
            double number = foods().value(natto, column).orElseThrow().number();
            assertEquals(number, shown, Math.abs(number) < 1 ? 0.005 : 0.05, column + " shows \"" + text + "\"");
        }
    }

    @Test
    void aFoodIJustAddedCanBePlannedAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#planTab");
        robot.interact(() -> context.models().userData().saveMyFood(new MyFood(null, "Natto, brand Z", "Soy",
                "label of brand Z", Map.of(KForm.MK7, 880.0), List.of())));
        awaitBackgroundWork();
        FoodPicker picker = robot.lookup("#planFoodPicker").queryAs(FoodPicker.class);
        assertTrue(picker.getItems().stream().anyMatch(r -> r.food().name().equals("Natto, brand Z")),
                "offered in the plan's picker without a restart");
        Button add = robot.lookup("#planAddButton").queryButton();
        assertFalse(add.isDisabled());
    }
}
