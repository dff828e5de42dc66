package k2explorer.ui.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import k2explorer.EachLocale;
import k2explorer.UsLocale;
import k2explorer.app.TestApp;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Numbers;
import k2explorer.mine.UserDataService;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.async.QueuedUiExecutor;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.TestFoods;
import k2explorer.ui.plan.PlanViewModel;
import k2explorer.ui.plan.UnitChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the user does with their own data, through the view-model, on a real user file, without the FX toolkit. */
@ExtendWith(UsLocale.class)
class UserDataViewModelTest {
    @TempDir
    Path dir;

    private final TestApp app = new TestApp();
    private final List<String> said = app.said();
    private final FoodsViewModel foods = app.models().foods();
    private final PlanViewModel plan = app.models().plan();
    private final CompareViewModel compare = app.models().compare();
    private final UserDataViewModel model = app.models().userData();

    private void openLibrary() {
        app.open(dir, TestFoods.catalog());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static MyFood natto(String name, double mk7) {
        return new MyFood(null, name, "Fermented soy", "label of brand X, 2026", Map.of(KForm.MK7, mk7),
                List.of(new MyFood.MyPortion("1 pack", 45)));
    }

    private FoodRow row(String id) {
        return foods.row(id).orElseThrow();
    }

    @EachLocale
    void readOnlyUntilTheLibraryIsOpenThenWritable() {
        assertTrue(model.readOnlyProperty().get(), "nothing can be written during start-up");
        List<Boolean> seen = new ArrayList<>();
        model.readOnlyProperty().addListener((obs, was, now) -> seen.add(now));
        assertFalse(model.writable("save the plan"));
        assertTrue(said.get(0).contains("still being opened"), said.toString());
        openLibrary();
        assertEquals(List.of(false), seen, "a view built before the library opened is told");
        assertTrue(model.writable("save the plan"));
    }

    @EachLocale
    void aSecondWindowStaysReadOnlyAndSaysWhy() {
        try (UserDataStore first = UserDataStore.open(dir).store()) {
            openLibrary();
            assertTrue(model.readOnlyProperty().get());
            assertFalse(model.writable("add a food"));
            assertTrue(said.stream().anyMatch(s -> s.startsWith("problem: Your data is open read-only")),
                    said.toString());
        }
    }

    @EachLocale
    void aSavedFoodAppearsSelectedAndRowsRebuiltKeepPortionsAndTheComparison() {
        openLibrary();
        FoodRow catalogNatto = row("natto");
        foods.choosePortion(catalogNatto, catalogNatto.food().portions().get(1));
        compare.add(List.of(catalogNatto, row("kale")));

        model.saveMyFood(natto("Natto, brand X", 880));

        FoodRow mine = foods.selectedProperty().get();
        assertEquals("Natto, brand X", mine.food().name());
        assertTrue(row("natto") != catalogNatto, "every row was rebuilt");
        assertEquals(175, foods.portion(row("natto")).grams(), "the portion chosen before the save");
        compare.add(List.of(row("natto")));
        assertEquals(List.of("natto", "kale"), compare.ids(), "the same food is not compared twice");
        assertTrue(compare.compared().get(0) == row("natto"), "compare shows the current row");
        assertEquals(List.of("status: Saved \"Natto, brand X\" to your foods."), said);
    }

    @EachLocale
    void anEditedFoodShowsItsNewValuesInCompareAndADeletedOneLeavesIt() {
        openLibrary();
        model.saveMyFood(natto("Natto, brand X", 880));
        MyFood saved = model.myFoods().get(0);
        compare.add(List.of(row(saved.catalogId()), row("kale")));

        model.saveMyFood(new MyFood(saved.id(), saved.name(), saved.group(), saved.sourceText(),
                Map.of(KForm.MK7, 900.0), saved.portions()));
        assertEquals(900, compare.compared().get(0).food().amount(KForm.MK7).orElseThrow().low());

        model.deleteMyFood(model.myFoods().get(0));
        assertEquals(List.of("kale"), compare.ids());
        assertTrue(foods.row(saved.catalogId()).isEmpty());
        assertTrue(model.myFoods().isEmpty());
    }

    @EachLocale
    void aFoodWithProblemsIsNotSavedAndTheProblemsAreShown() {
        openLibrary();
        model.saveMyFood(new MyFood(null, "", "", "", Map.of(), List.of()));
        assertTrue(said.get(0).startsWith("problem: The food was not saved: name: "), said.toString());
        assertTrue(model.myFoods().isEmpty());
    }

    @EachLocale
    void anImportIsAllOrNothing() throws Exception {
        openLibrary();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name;source;MK-7\nGood;label;10\nBad;label;-1\n");
        UserDataService.Import refused = model.importMyFoods(bad).get();
        assertFalse(refused.parsed().ok());
        assertTrue(model.myFoods().isEmpty());
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "name,source,MK-7\nGood,label,10\nBetter,label,20\n");
        model.importMyFoods(good).get();
        assertEquals(List.of("Good", "Better"), model.myFoods().stream().map(MyFood::name).sorted(
                Comparator.reverseOrder()).toList());
        assertTrue(foods.allRows().stream().anyMatch(r -> r.food().name().equals("Better")));
        assertEquals("status: Imported 2 foods from " + good + ".", said.get(said.size() - 1));
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "name,source,MK-7\nBest,label,30\n");
        model.importMyFoods(one).get();
        assertEquals("status: Imported 1 food from " + one + ".", said.get(said.size() - 1));
    }

    @EachLocale
    void plansAreSavedAndDeleted() {
        openLibrary();
        plan.nameProperty().set("Monday");
        plan.dateProperty().set(LocalDate.of(2026, 11, 23));
        plan.add(row("natto").food(), "20", UnitChoice.GRAMS);
        model.savePlan();
        assertEquals(1, plan.saved().size());
        assertFalse(plan.dirtyProperty().get());
        model.deletePlan(plan.saved().get(0));
        assertTrue(plan.saved().isEmpty());
        assertTrue(plan.items().isEmpty(), "the deleted plan was the one open");
    }

    @EachLocale
    void aBackupRestoresWhatWasSavedAndKeepsWhatItReplaced() throws Exception {
        openLibrary();
        model.saveMyFood(natto("Kept", 880));
        Path backup = dir.resolve("backups/backup.sqlite");
        model.backupTo(backup).get();
        model.saveMyFood(natto("Added later", 10));
        UserDataService.Restore restored = model.restoreFrom(backup).get();
        assertEquals(List.of("Kept"), model.myFoods().stream().map(MyFood::name).toList());
        assertTrue(foods.allRows().stream().noneMatch(r -> r.food().name().equals("Added later")));
        assertTrue(Files.exists(restored.previous()));
    }

    @EachLocale
    void myFoodsAndPlansExportAsCsv() throws Exception {
        openLibrary();
        model.saveMyFood(natto("Natto, brand X", 880));
        Path csv = dir.resolve("my-foods.csv");
        assertEquals(1, model.exportMyFoods(csv).get());
        assertTrue(Files.readString(csv).contains("Natto, brand X"));
    }

    @EachLocale
    void anEditMadeWhileASaveWaitsIsKeptAndStaysUnsaved() {
        QueuedUiExecutor queue = new QueuedUiExecutor();
        try (TestApp queuedApp = new TestApp(queue)) {
            FoodsViewModel queuedFoods = queuedApp.models().foods();
            PlanViewModel queuedPlan = queuedApp.models().plan();
            UserDataViewModel queued = queuedApp.models().userData();
            queuedApp.open(dir, TestFoods.catalog());
            queuedPlan.nameProperty().set("Monday");
            queuedPlan.dateProperty().set(LocalDate.of(2026, 11, 23));
            queuedPlan.add(queuedFoods.row("natto").orElseThrow().food(), Numbers.exact(20.5), UnitChoice.GRAMS);
            queued.backupTo(dir.resolve("backups/b.sqlite"));
            queued.savePlan();
            assertEquals(2, queue.pending(), "a backup runs first, the save waits behind it");
            queue.runNext();
            queuedPlan.add(queuedFoods.row("kale").orElseThrow().food(), Numbers.shown(1050.5, 1), UnitChoice.GRAMS);
            queue.runAll();
            assertEquals(2, queuedPlan.items().size(), "the food added while the save waited is still there");
            assertTrue(queuedPlan.dirtyProperty().get(), "and it is not saved yet: the plan says so");
            assertEquals(1, queuedPlan.saved().size());
            assertEquals(1, queuedPlan.saved().get(0).items().size(), "what was saved is what Save was clicked on");
            assertEquals(List.of(20.5, 1050.5), queuedPlan.items().stream().map(i -> i.amount()).toList());
            Long id = queuedPlan.currentId();
            assertEquals(queuedPlan.saved().get(0).id(), id, "saving again updates that plan, no copy");
            queued.savePlan();
            queue.runAll();
            assertFalse(queuedPlan.dirtyProperty().get(), "nothing changed while this save waited: clean");
            assertEquals(List.of(2), queuedPlan.saved().stream().map(p -> p.items().size()).toList());
        }
    }
}
