package k2explorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import k2explorer.catalog.Catalog;
import k2explorer.i18n.Messages;
import k2explorer.plan.PlanCsv;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.myfoods.ImportReport;
import k2explorer.ui.myfoods.MyFoodDialog;
import k2explorer.ui.myfoods.MyFoodEditorModel;
import k2explorer.ui.plan.PlanViewModel;
import k2explorer.userdata.DayPlan;
import k2explorer.userdata.MyFood;
import k2explorer.userdata.MyFoodCsv;
import k2explorer.userdata.MyFoods;
import k2explorer.userdata.Plans;
import k2explorer.userdata.UserDataStore;

/**
 * What the user does with their own data: foods from labels, saved plans, CSV import and export, backup and
 * restore. All reads and writes go through the ordered background writer; the catalog shown in the Foods table is
 * rebuilt with the user's foods after each change.
 */
final class UserDataActions {
    private final Feedback feedback;
    private final Stage stage;
    private final FoodsViewModel foods;
    private final PlanViewModel plan;
    private final Navigator navigator;
    private Catalog baseCatalog;
    private UserDataStore userStore;
    private List<MyFood> myFoodList = List.of();

    UserDataActions(Feedback feedback, FoodsViewModel foods, PlanViewModel plan, Navigator navigator) {
        this.feedback = feedback;
        this.stage = feedback.stage();
        this.foods = foods;
        this.plan = plan;
        this.navigator = navigator;
    }

    /** Takes over what start-up opened: the store, the user's foods and plans, and the catalog without them. */
    void opened(Startup.UserData userData, Catalog base) {
        baseCatalog = base;
        userStore = userData.store();
        myFoodList = userData.myFoods();
        plan.saved().setAll(userData.plans());
        if (!userData.message().isEmpty()) {
            feedback.status(userData.message());
            if (userData.status() == UserDataStore.Status.CORRUPT_MOVED_ASIDE) {
                offerRestoreAfterCorruption(userData.message());
            } else {
                feedback.problem(Messages.get("problem.userData.header"), userData.message());
            }
        }
    }

    UserDataStore store() {
        return userStore;
    }

    boolean readOnly() {
        return userStore == null || userStore.readOnly();
    }

    void close() {
        if (userStore != null) {
            userStore.close();
        }
    }

    private boolean userDataWritable(String what) {
        if (userStore == null) {
            feedback.problem(Messages.get("problem.unavailable.header"), Messages.get("problem.unavailable.text",
                    what));
            return false;
        }
        if (userStore.readOnly()) {
            feedback.problem(Messages.get("problem.readOnly.header"),
                    Messages.get("problem.readOnly.text", what, userStore.readOnlyReason()));
            return false;
        }
        return true;
    }

    /** Saves the plan being edited in the background; the plan list and the week chart follow. */
    public Task<DayPlan> savePlan() {
        if (!userDataWritable(Messages.get("action.savePlan"))) {
            return null;
        }
        DayPlan toSave = plan.toPlan();
        Plans plans = new Plans(userStore);
        AtomicReference<List<DayPlan>> all = new AtomicReference<>();
        Task<DayPlan> task = feedback.inOrder(() -> {
            DayPlan saved = plans.save(toSave);
            all.set(plans.all());
            return saved;
        }, Messages.get("error.savePlan"), saved -> {
            plan.saved(saved, all.get());
            feedback.status(Messages.get("status.planSaved", saved.name(), userStore.file()));
        });
        return task;
    }

    void deletePlan(DayPlan p) {
        if (!userDataWritable(Messages.get("action.deletePlan"))) {
            return;
        }
        Plans plans = new Plans(userStore);
        feedback.inOrder(() -> {
            plans.delete(p.id());
            return plans.all();
        }, Messages.get("error.deletePlan"), all -> {
            plan.saved().setAll(all);
            if (java.util.Objects.equals(plan.currentId(), p.id())) {
                plan.newPlan();
            }
            feedback.status(Messages.get("status.planDeleted", p.name()));
        });
    }

    Optional<MyFood> selectedMyFood() {
        FoodRow row = foods.selectedProperty().get();
        if (row == null || row.food().origin() != k2explorer.catalog.FoodOrigin.MY_FOOD) {
            return Optional.empty();
        }
        return myFoodList.stream().filter(f -> f.catalogId().equals(row.food().id())).findFirst();
    }

    void editSelectedMyFood() {
        selectedMyFood().ifPresent(this::editMyFood);
    }

    /** Shows the editor for a new food (null) or one of the user's foods, and saves what the user confirms. */
    public void editMyFood(MyFood existing) {
        if (!userDataWritable(existing == null ? Messages.get("action.addFood") : Messages.get("action.editFood"))) {
            return;
        }
        MyFoodEditorModel model = new MyFoodEditorModel(existing,
                MyFoodEditorModel.otherNames(myFoodList, existing == null ? null : existing.id()));
        new MyFoodDialog(stage, model, existing != null).showAndWait().ifPresent(this::saveMyFood);
    }

    /** Saves one of the user's foods in the background and shows it in the Foods table. */
    public Task<MyFoods.SaveResult> saveMyFood(MyFood food) {
        MyFoods repo = new MyFoods(userStore);
        return feedback.inOrder(() -> repo.save(food), Messages.get("error.saveFood"), result -> {
            if (!result.ok()) {
                feedback.problem(Messages.get("problem.foodNotSaved.header"), result.problems().stream()
                        .map(p -> p.field() + ": " + p.message()).collect(java.util.stream.Collectors.joining("\n")));
                return;
            }
            reloadMyFoods(result.saved().catalogId(), Messages.get("status.foodSaved", result.saved().name()));
        });
    }

    void deleteSelectedMyFood() {
        selectedMyFood().ifPresent(food -> {
            if (!userDataWritable(Messages.get("action.deleteFood"))) {
                return;
            }
            if (Dialogs.confirm(stage, Messages.get("confirm.deleteFood.header"),
                    Messages.get("confirm.deleteFood.text", food.name()))) {
                MyFoods repo = new MyFoods(userStore);
                feedback.inOrder(() -> {
                    repo.delete(food.id());
                    return null;
                }, Messages.get("error.deleteFood"), none -> reloadMyFoods(null,
                        Messages.get("status.foodDeleted", food.name())));
            }
        });
    }

    /** Reads the user's foods again and rebuilds the table's rows with them (off the FX thread). */
    private void reloadMyFoods(String selectId, String message) {
        MyFoods repo = new MyFoods(userStore);
        Catalog base = baseCatalog;
        feedback.inOrder(() -> {
            List<MyFood> mine = repo.all();
            Catalog merged = base.withFoods(mine.stream().map(MyFood::toCatalogFood).toList(),
                    mine.stream().map(MyFood::source).toList());
            return new Object[]{mine, merged, FoodsViewModel.rowsOf(merged)};
        }, Messages.get("error.readFoods"), result -> {
            @SuppressWarnings("unchecked")
            List<MyFood> mine = (List<MyFood>) result[0];
            @SuppressWarnings("unchecked")
            List<FoodRow> rows = (List<FoodRow>) result[2];
            myFoodList = mine;
            foods.setCatalog((Catalog) result[1], rows);
            if (selectId != null) {
                navigator.openFood(selectId);
            }
            feedback.status(message);
        });
    }

    void chooseImportFile() {
        chooseCsvToImport("action.importFoods", "chooser.importMyFoods", this::importMyFoods);
    }

    void choosePlansImportFile() {
        chooseCsvToImport("action.importPlans", "chooser.importPlans", this::importPlans);
    }

    private void chooseCsvToImport(String action, String chooserTitle, java.util.function.Consumer<Path> importer) {
        if (!userDataWritable(Messages.get(action))) {
            return;
        }
        Path file = feedback.chooseOpenFile(Messages.get(chooserTitle), Messages.get("filter.csv"), "*.csv", "*.txt");
        if (file != null) {
            importer.accept(file);
        }
    }

    /** Reads, checks and (only if every line is good) imports a CSV of foods; the outcome is shown in a report. */
    public Task<MyFoodCsv.Parsed> importMyFoods(Path file) {
        MyFoods repo = new MyFoods(userStore);
        UserDataStore store = userStore;
        return feedback.inOrder(() -> {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            java.util.Set<String> names = MyFoodEditorModel.otherNames(repo.all(), null);
            MyFoodCsv.Parsed parsed = MyFoodCsv.parse(bytes, names);
            if (parsed.ok()) {
                MyFoodCsv.importInto(store, parsed);
            }
            return parsed;
        }, Messages.get("error.import", file), parsed -> {
            ImportReport.show(stage, file, parsed);
            if (parsed.ok()) {
                reloadMyFoods(null, Messages.get("status.imported", parsed.foods().size(), file));
            } else {
                feedback.status(Messages.get("status.notImported", file, parsed.problems().size()));
            }
        });
    }

    /** Reads, checks and (only if every line is good) adds the plans of a CSV file; a report shows the outcome. */
    public Task<PlanCsv.Parsed> importPlans(Path file) {
        Plans plans = new Plans(userStore);
        AtomicReference<List<DayPlan>> all = new AtomicReference<>();
        return feedback.inOrder(() -> {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            java.util.Set<String> names = new java.util.HashSet<>();
            plans.all().forEach(p -> names.add(p.name().toLowerCase(java.util.Locale.ROOT)));
            PlanCsv.Parsed parsed = PlanCsv.parse(bytes, names);
            if (parsed.ok()) {
                plans.importAll(parsed.plans());
            }
            all.set(plans.all());
            return parsed;
        }, Messages.get("error.import", file), parsed -> {
            ImportReport.show(stage, file, parsed, ImportReport.Texts.PLANS);
            plan.saved().setAll(all.get());
            feedback.status(parsed.ok() ? Messages.get("status.importedPlans", parsed.count(), file)
                    : Messages.get("status.notImported", file, parsed.problems().size()));
        });
    }

    void chooseMyFoodsExport() {
        feedback.chooseSaveFile(Messages.get("chooser.exportMyFoods"), "my-foods.csv", Messages.get("filter.csv"),
                "*.csv", this::exportMyFoods);
    }

    public Task<Integer> exportMyFoods(Path target) {
        List<MyFood> mine = myFoodList;
        return feedback.runExport(target, () -> {
            MyFoodCsv.export(mine, target);
            return mine.size();
        }, n -> Messages.get("status.exportedFoods", n, target));
    }

    void choosePlansExport() {
        feedback.chooseSaveFile(Messages.get("chooser.exportPlans"), "my-plans.csv", Messages.get("filter.csv"),
                "*.csv", this::exportPlans);
    }

    public Task<Integer> exportPlans(Path target) {
        List<DayPlan> all = List.copyOf(plan.saved());
        Catalog catalog = foods.catalogProperty().get();
        return feedback.runExport(target, () -> PlanCsv.export(all, catalog, target),
                n -> Messages.get("status.exportedPlans", n, target));
    }

    void chooseBackupFile() {
        if (userStore == null) {
            feedback.problem(Messages.get("problem.nothingToBackUp.header"),
                    Messages.get("problem.nothingToBackUp.text"));
            return;
        }
        feedback.chooseSaveFile(Messages.get("chooser.backup"), "k2-explorer-backup.sqlite",
                Messages.get("filter.backups"),
                "*.sqlite", this::backupUserData);
    }

    public Task<Void> backupUserData(Path target) {
        UserDataStore store = userStore;
        return feedback.runExport(target, () -> {
            store.backupTo(target);
            return null;
        }, none -> Messages.get("status.backedUp", target));
    }

    void chooseRestoreFile() {
        if (!userDataWritable(Messages.get("action.restore"))) {
            return;
        }
        Path file = feedback.chooseOpenFile(Messages.get("chooser.restore"), Messages.get("filter.backups"),
                "*.sqlite");
        if (file != null) {
            if (Dialogs.confirm(stage, Messages.get("confirm.restore.header"),
                    Messages.get("confirm.restore.text", file))) {
                restoreUserData(file);
            }
        }
    }

    public Task<Path> restoreUserData(Path backup) {
        UserDataStore store = userStore;
        Plans plans = new Plans(store);
        AtomicReference<List<DayPlan>> all = new AtomicReference<>();
        return feedback.inOrder(() -> {
            Path previous = store.restoreFrom(backup);
            all.set(plans.all());
            return previous;
        }, Messages.get("error.restore"), previous -> {
            plan.saved().setAll(all.get());
            plan.newPlan();
            reloadMyFoods(null, Messages.get("status.restored", backup, previous));
        });
    }

    /** After a damaged file was moved aside: keep the fresh file (default) or restore a backup now. */
    private void offerRestoreAfterCorruption(String message) {
        Platform.runLater(() -> {
            javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType(
                    Messages.get("corrupt.keepFresh"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType(
                    Messages.get("corrupt.restore"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
            Alert alert = new Alert(Alert.AlertType.WARNING, message, keep, restore);
            alert.setTitle("K2 Explorer");
            alert.setHeaderText(Messages.get("problem.userData.header"));
            alert.getDialogPane().setId("corruptUserDataDialog");
            alert.getDialogPane().setPrefWidth(560);
            alert.initOwner(stage);
            alert.showAndWait().filter(restore::equals).ifPresent(b -> chooseRestoreFile());
        });
    }
}
