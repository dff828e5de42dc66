package k2explorer.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import k2explorer.i18n.Messages;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.plans.DayPlan;
import k2explorer.ui.common.Dialogs;
import k2explorer.ui.myfoods.ImportReport;
import k2explorer.ui.myfoods.MyFoodDialog;
import k2explorer.ui.myfoods.MyFoodEditorModel;
import k2explorer.ui.plan.PlanView;
import k2explorer.ui.userdata.UserDataViewModel;

/**
 * The dialogs around the user's own data: the my-food editor, file choosers, confirmations and reports. What
 * happens to the data is the view-model's; this class only asks the user and hands over their answer.
 */
final class UserDataDialogs implements PlanView.Commands {
    private final Stage stage;
    private final WindowNotifier notifier;
    private final UserDataViewModel model;

    UserDataDialogs(Stage stage, WindowNotifier notifier, UserDataViewModel model) {
        this.stage = stage;
        this.notifier = notifier;
        this.model = model;
        model.restoreOfferProperty().addListener((obs, was, message) -> {
            if (!message.isEmpty()) {
                offerRestoreAfterCorruption(message);
            }
        });
    }

    @Override
    public void save() {
        if (model.writable(Messages.get("action.savePlan"))) {
            model.savePlan();
        }
    }

    @Override
    public void delete(DayPlan plan) {
        if (model.writable(Messages.get("action.deletePlan"))) {
            model.deletePlan(plan);
        }
    }

    void newMyFood() {
        editMyFood(null);
    }

    void editSelectedMyFood() {
        model.selectedMyFood().ifPresent(this::editMyFood);
    }

    /** Shows the editor for a new food (null) or one of the user's foods, and saves what the user confirms. */
    private void editMyFood(MyFood existing) {
        if (!model.writable(Messages.get(existing == null ? "action.addFood" : "action.editFood"))) {
            return;
        }
        MyFoodEditorModel editor = new MyFoodEditorModel(existing,
                model.otherNames(existing == null ? null : existing.id()));
        new MyFoodDialog(stage, editor, existing != null).showAndWait().ifPresent(model::saveMyFood);
    }

    void deleteSelectedMyFood() {
        model.selectedMyFood().ifPresent(food -> {
            if (model.writable(Messages.get("action.deleteFood"))
                    && Dialogs.confirm(stage, Messages.get("confirm.deleteFood.header"),
                    Messages.get("confirm.deleteFood.text", food.name()))) {
                model.deleteMyFood(food);
            }
        });
    }

    void chooseImportFile() {
        chooseCsvToImport("action.importFoods", "chooser.importMyFoods", this::importMyFoods);
    }

    void choosePlansImportFile() {
        chooseCsvToImport("action.importPlans", "chooser.importPlans", this::importPlans);
    }

    private void chooseCsvToImport(String action, String chooserTitle, Consumer<Path> importer) {
        if (!model.writable(Messages.get(action))) {
            return;
        }
        Path file = FileChoosers.openFile(stage, Messages.get(chooserTitle), Messages.get("filter.csv"), "*.csv",
                "*.txt");
        if (file != null) {
            importer.accept(file);
        }
    }

    /** Imports a CSV of foods and shows the line-by-line report. */
    void importMyFoods(Path file) {
        model.importMyFoods(file).thenAccept(result -> ImportReport.show(stage, file, result.parsed()));
    }

    /** Imports a CSV of plans (all or nothing) and shows the line-by-line report. */
    void importPlans(Path file) {
        model.importPlans(file).thenAccept(result -> ImportReport.show(stage, file, result.parsed(),
                ImportReport.Texts.PLANS));
    }

    void chooseMyFoodsExport() {
        FileChoosers.saveFile(stage, Messages.get("chooser.exportMyFoods"), "my-foods.csv", Messages.get("filter.csv"),
                "*.csv", model::exportMyFoods);
    }

    void choosePlansExport() {
        FileChoosers.saveFile(stage, Messages.get("chooser.exportPlans"), "my-plans.csv", Messages.get("filter.csv"),
                "*.csv", model::exportPlans);
    }

    void chooseBackupFile() {
        if (model.library() == null || !model.library().available()) {
            notifier.problem(Messages.get("problem.nothingToBackUp.header"),
                    Messages.get("problem.nothingToBackUp.text"));
            return;
        }
        FileChoosers.saveFile(stage, Messages.get("chooser.backup"), "k2-explorer-backup.sqlite",
                Messages.get("filter.backups"), "*.sqlite", model::backupTo);
    }

    void chooseRestoreFile() {
        if (!model.writable(Messages.get("action.restore"))) {
            return;
        }
        Path file = FileChoosers.openFile(stage, Messages.get("chooser.restore"), Messages.get("filter.backups"),
                "*.sqlite");
        if (file != null && Dialogs.confirm(stage, Messages.get("confirm.restore.header"),
                Messages.get("confirm.restore.text", file))) {
            model.restoreFrom(file);
        }
    }

    /** After a damaged file was moved aside: keep the fresh file (default) or restore a backup now. */
    private void offerRestoreAfterCorruption(String message) {
        ButtonType keep = new ButtonType(Messages.get("corrupt.keepFresh"), ButtonBar.ButtonData.OK_DONE);
        ButtonType restore = new ButtonType(Messages.get("corrupt.restore"), ButtonBar.ButtonData.OTHER);
        Alert alert = Dialogs.alert(stage, Alert.AlertType.WARNING, Messages.get("problem.userData.header"), message,
                keep, restore);
        alert.getDialogPane().setId("corruptUserDataDialog");
        // not inside the listener that called us: a nested event loop there would hold up the rest of start-up
        Platform.runLater(() -> alert.showAndWait().filter(restore::equals).ifPresent(b -> chooseRestoreFile()));
    }
}
