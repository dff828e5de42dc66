package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import k2explorer.UsLocale;
import k2explorer.catalog.Food;
import k2explorer.i18n.Dates;
import k2explorer.mine.plans.DayPlan;
import k2explorer.ui.plan.PlanViewModel;
import k2explorer.ui.plan.UnitChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The saved-plans list always shows the plan the editor holds, so Delete acts on what the user sees. */
@ExtendWith(UsLocale.class)
@SuppressWarnings("unchecked")
class PlanListUiTest extends AppWindowTest {
    private Food food(String id) {
        return foods().row(id).orElseThrow().food();
    }

    private void savePlan(FxRobot robot, String name) throws Exception {
        robot.interact(() -> {
            plan().newPlan();
            plan().nameProperty().set(name);
            plan().dateProperty().set(LocalDate.now());
            plan().add(food("lit:KAMAO2007:natto"), "20", UnitChoice.GRAMS);
            context.models().userData().savePlan();
        });
        awaitBackgroundWork();
    }

    @Test
    void keepingUnsavedChangesPutsTheListBackOnThePlanBeingEdited(FxRobot robot) throws Exception {
        robot.clickOn("#planTab");
        savePlan(robot, "A");
        savePlan(robot, "B");
        ListView<DayPlan> list = robot.lookup("#planList").queryListView();
        assertEquals("B", list.getSelectionModel().getSelectedItem().name(), "the saved plan is highlighted");
        robot.interact(() -> plan().add(food("usda:11457"), "30", UnitChoice.GRAMS));
        DayPlan a = list.getItems().stream().filter(p -> p.name().equals("A")).findFirst().orElseThrow();
        Platform.runLater(() -> list.getSelectionModel().select(a));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("B", plan().nameProperty().get(), "the editor still holds B with its unsaved food");
        assertEquals(2, plan().items().size());
        assertEquals("B", list.getSelectionModel().getSelectedItem().name(), "and the list shows B, not A");
    }

    @Test
    void afterARestoreNoPlanIsHighlightedOverAnEmptyEditor(FxRobot robot) throws Exception {
        robot.clickOn("#planTab");
        Path backup = dataDir.resolve("backups/before.sqlite");
        savePlan(robot, "A");
        robot.interact(() -> context.models().userData().backupTo(backup));
        awaitBackgroundWork();
        robot.interact(() -> context.models().userData().restoreFrom(backup));
        awaitBackgroundWork();
        ListView<DayPlan> list = robot.lookup("#planList").queryListView();
        assertEquals(List.of("A"), list.getItems().stream().map(DayPlan::name).toList());
        assertNull(list.getSelectionModel().getSelectedItem(), "the editor is empty, so nothing is highlighted");
        assertEquals(List.of(), plan().items());
    }

    @Test
    void theWeekIsARealTableAndOtherWeeksCanBeShown(FxRobot robot) throws Exception {
        robot.clickOn("#planTab");
        savePlan(robot, "Today");
        robot.clickOn("#weeklyK1TableButton");
        TableView<PlanViewModel.WeekRow> table = robot.lookup("#weeklyK1Table").queryAs(TableView.class);
        assertEquals(List.of("Day", "Date", "Plan", "K1 (µg)", "State"),
                table.getColumns().stream().map(TableColumn::getText).toList());
        assertEquals(7, table.getItems().size(), "every day, also those without a plan");
        assertTrue(table.getItems().stream().anyMatch(r -> r.plans().equals("Today")));
        robot.push(KeyCode.ESCAPE);
        LocalDate monday = plan().weeklyProperty().get().monday();
        robot.clickOn("#weeklyK1Previous");
        assertEquals(monday.minusWeeks(1), plan().weeklyProperty().get().monday());
        assertTrue(robot.lookup("#weeklyK1Week").queryLabeled().getText()
                .contains(Dates.shown(monday.minusWeeks(1))));
        robot.clickOn("#weeklyK1Next");
        assertEquals(monday, plan().weeklyProperty().get().monday());
    }

    @Test
    void thePrintedPlanWritesItsDateAsTheScreenDoes(FxRobot robot) throws Exception {
        robot.clickOn("#planTab");
        savePlan(robot, "Printed");
        javafx.scene.layout.VBox[] page = new javafx.scene.layout.VBox[1];
        robot.interact(() -> page[0] = window.printablePage());
        List<String> texts = page[0].getChildren().stream().filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
        assertTrue(texts.get(0).endsWith(", " + Dates.shown(LocalDate.now())), texts.toString());
    }
}
