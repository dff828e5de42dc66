package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import k2explorer.UsLocale;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.Plans;
import k2explorer.ui.foods.FoodPicker;
import k2explorer.ui.foods.FoodRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user adds a food from a label, plans a day with it, saves the plan, and imports a spreadsheet with bad rows. */
@ExtendWith(UsLocale.class)
class UserDataUiTest extends AppWindowTest {
    @Test
    @SuppressWarnings("unchecked")
    void aFoodFromALabelIsValidatedSavedAndShownAsMyFood(FxRobot robot) throws Exception {
        robot.clickOn("#foodsTable").push(KeyCode.CONTROL, KeyCode.N);
        Button save = robot.lookup("#myFoodSaveButton").queryButton();
        assertTrue(save.isDisabled(), "nothing entered yet");
        robot.clickOn("#myFoodName").write("Natto, brand Kiri");
        robot.clickOn("#myFoodSource").write("label of brand Kiri, 2026");
        robot.clickOn("#myFoodAmount-MK7").write("-5");
        assertEquals("An amount cannot be negative.",
                robot.lookup("#myFoodAmount-MK7Error").queryAs(Label.class).getText());
        assertTrue(save.isDisabled());
        robot.doubleClickOn("#myFoodAmount-MK7").eraseText(2).write("880");
        robot.clickOn("#myFoodPortionLabel").write("1 pack");
        robot.clickOn("#myFoodPortionGrams").write("45");
        assertEquals("", robot.lookup("#myFoodAmount-MK7Error").queryAs(Label.class).getText());
        assertFalse(save.isDisabled());
        robot.clickOn(save);
        awaitBackgroundWork();
        FoodRow selected = foods().selectedProperty().get();
        assertEquals("Natto, brand Kiri", selected.food().name());
        assertEquals(FoodOrigin.MY_FOOD, selected.food().origin());
        assertTrue(selected.sourceLabels().contains("My food: label of brand Kiri, 2026"), selected.sourceLabels());
        assertEquals(1, new MyFoods(userStore()).all().size(), "saved in the user file");
        TableView<FoodRow> table = robot.lookup("#foodsTable").queryAs(TableView.class);
        assertTrue(table.getItems().contains(selected));
    }

    @Test
    void aDayPlanShowsProgressToTheTargetAndIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#planTab");
        FoodPicker picker = robot.lookup("#planFoodPicker").queryAs(FoodPicker.class);
        FoodRow natto = foods().allRows().stream()
                .filter(r -> r.food().id().equals("lit:KAMAO2007:natto")).findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(natto));
        robot.clickOn("#planAmountField").write("20");
        robot.interact(() -> robot.lookup("#planUnitChoice").queryComboBox().getSelectionModel().selectFirst());
        robot.clickOn("#planAddButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, plan().items().size());
        String counted = robot.lookup("#planTotal-counted").queryAs(Label.class).getText();
        assertTrue(counted.contains("% of 120 µg") || counted.contains("% of 90 µg"), counted);
        String mk7 = robot.lookup("#planTotal-MK7").queryAs(Label.class).getText();
        assertTrue(mk7.startsWith("187.8 µg"), mk7);
        robot.clickOn("#planNameField").write("Natto breakfast");
        robot.clickOn("#planSaveButton");
        awaitBackgroundWork();
        ListView<DayPlan> list = robot.lookup("#planList").queryListView();
        assertEquals(1, list.getItems().size());
        assertFalse(plan().dirtyProperty().get());
        List<DayPlan> stored = new Plans(userStore()).all();
        assertEquals("Natto breakfast", stored.get(0).name());
        assertEquals("lit:KAMAO2007:natto", stored.get(0).items().get(0).foodId(), "stable food id, not a row");
    }

    @Test
    void plansFromACsvFileAreImportedAndListed(FxRobot robot) throws Exception {
        Path csv = dataDir.resolve("plans-to-import.csv");
        Files.writeString(csv, "plan,date,food_id,food,amount,unit,portion,portion_grams\r"
                + "Imported Sunday,2026-11-29,lit:KAMAO2007:natto,Natto,1,servings,1 pack,40\r"
                + "Imported Sunday,2026-11-29,usda:11457,\"Spinach, raw\",30,grams,,\r");
        robot.interact(() -> window.importPlans(csv));
        awaitBackgroundWork();
        assertTrue(robot.lookup("#importReport").tryQuery().isPresent());
        robot.clickOn("OK");
        DayPlan imported = plan().saved().stream().filter(p -> p.name().equals("Imported Sunday"))
                .findFirst().orElseThrow();
        assertEquals(2, imported.items().size());
        assertTrue(new Plans(userStore()).all().stream().anyMatch(p -> p.name().equals("Imported Sunday")));
    }

    @Test
    void aSpreadsheetWithBadRowsIsReportedLineByLineAndNothingIsImported(FxRobot robot) throws Exception {
        Path csv = dataDir.resolve("foods-to-import.csv");
        Files.writeString(csv, "name;source;MK-7\nGood;label;10\nBad;label;-1\nAlso bad;;5\n");
        robot.interact(() -> window.importMyFoods(csv));
        awaitBackgroundWork();
        ListView<String> problems = robot.lookup("#importProblems").queryListView();
        assertEquals(List.of("line 3, column MK-7: An amount cannot be negative.",
                "line 4, column source: say where the numbers come from, e.g. \"label of brand X, 2026\"."),
                problems.getItems());
        robot.clickOn("OK");
        assertTrue(new MyFoods(userStore()).all().stream().noneMatch(f -> f.name().equals("Good")),
                "all or nothing");
    }

    /**
     * Fires a menu item as a click on it does (the menus of a headless window cannot be opened by the robot); later,
     * because the item opens a dialog that waits for the user.
     */
    private static void choose(FxRobot robot, String itemId) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = menuItems(bar)
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isDisable(), itemId + " is enabled");
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFoodOfMineIsEditedAndDeletedFromTheFoodMenu(FxRobot robot) throws Exception {
        robot.interact(() -> context.models().userData().saveMyFood(new MyFood(null, "Natto, brand Kiri",
                "Fermented soy", "label of brand Kiri, 2026", Map.of(KForm.MK7, 880.0), List.of())));
        awaitBackgroundWork();
        String id = foods().selectedProperty().get().food().id();
        choose(robot, "editMyFoodMenu");
        robot.doubleClickOn("#myFoodAmount-MK7").eraseText(3).write("900");
        robot.clickOn("#myFoodSaveButton");
        awaitBackgroundWork();
        assertEquals(900, foods().row(id).orElseThrow().food().amount(KForm.MK7).orElseThrow().low());
        assertEquals(900.0, new MyFoods(userStore()).all().get(0).per100g().get(KForm.MK7), "saved in the file");

        choose(robot, "deleteMyFoodMenu");
        robot.clickOn("OK");
        awaitBackgroundWork();
        assertTrue(foods().row(id).isEmpty(), "gone from the table");
        assertTrue(new MyFoods(userStore()).all().isEmpty());
    }
}
