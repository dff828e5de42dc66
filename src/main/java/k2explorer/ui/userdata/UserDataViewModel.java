package k2explorer.ui.userdata;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import k2explorer.catalog.FoodOrigin;
import k2explorer.i18n.Messages;
import k2explorer.mine.UserDataService.Contents;
import k2explorer.mine.UserDataService;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.store.UserDataStore;
import k2explorer.ui.async.UiExecutor;
import k2explorer.ui.common.Exporter;
import k2explorer.ui.common.Notifier;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.plan.PlanViewModel;

/**
 * The user's library as the window sees it: whether it can be written (observable, so views opened before it was
 * ready follow it), the user's foods, and the commands that change them. Work goes to the library off the UI
 * thread, in order; the Foods table, the plans and the comparison follow each change. Needs no FX toolkit.
 */
public final class UserDataViewModel {
    private final UiExecutor executor;
    private final Notifier notifier;
    private final Exporter exports;
    private final FoodsViewModel foods;
    private final PlanViewModel plan;
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly", true);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper(this, "readOnlyReason",
            Messages.get("userData.notOpenYet"));
    private final ReadOnlyStringWrapper restoreOffer = new ReadOnlyStringWrapper(this, "restoreOffer", "");
    /**
     * Told the settings a restored backup carries, after each restore of one that has them. A callback, not a
     * property: restoring the same backup twice carries equal settings, which a property would not report again.
     */
    private java.util.function.Consumer<java.util.Map<String, String>> settingsRestored = settings -> { };

    public void setOnSettingsRestored(java.util.function.Consumer<java.util.Map<String, String>> listener) {
        settingsRestored = listener;
    }
    private final ObservableList<MyFood> myFoods = FXCollections.observableArrayList();
    private final BooleanBinding selectedIsMine;
    private UserDataService library;

    public UserDataViewModel(UiExecutor executor, Notifier notifier, Exporter exports, FoodsViewModel foods,
                             PlanViewModel plan) {
        this.executor = executor;
        this.notifier = notifier;
        this.exports = exports;
        this.foods = foods;
        this.plan = plan;
        selectedIsMine = Bindings.createBooleanBinding(() -> selectedMyFood().isPresent(), foods.selectedProperty(),
                myFoods);
    }

    /** True until the library is open, and for the whole session when it opened read-only or not at all. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    /**
     * What happened when start-up found the file damaged and moved it aside (the user may want to restore a backup
     * now); empty otherwise.
     */
    public ReadOnlyStringProperty restoreOfferProperty() {
        return restoreOffer.getReadOnlyProperty();
    }

    public ObservableList<MyFood> myFoods() {
        return FXCollections.unmodifiableObservableList(myFoods);
    }

    /** Whether the food selected in the table is one of the user's own (so it can be edited or deleted). */
    public BooleanBinding selectedIsMineProperty() {
        return selectedIsMine;
    }

    /** The library, or null before start-up opened it. */
    public UserDataService library() {
        return library;
    }

    /** Takes over what start-up opened (the Foods table already shows {@code opening.contents()}). */
    public void opened(UserDataService.Opening opening) {
        library = opening.library();
        myFoods.setAll(opening.contents().myFoods());
        plan.saved().setAll(opening.contents().plans());
        readOnlyReason.set(library.readOnlyReason());
        readOnly.set(library.readOnly());
        if (!opening.message().isEmpty()) {
            notifier.status(opening.message());
            if (opening.status() == UserDataStore.Status.CORRUPT_MOVED_ASIDE) {
                restoreOffer.set(opening.message());
            } else {
                notifier.problem(Messages.get("problem.userData.header"), opening.message());
            }
        }
    }

    public Optional<MyFood> selectedMyFood() {
        FoodRow row = foods.selectedProperty().get();
        if (row == null || row.food().origin() != FoodOrigin.MY_FOOD) {
            return Optional.empty();
        }
        return myFoods.stream().filter(f -> f.catalogId().equals(row.food().id())).findFirst();
    }

    /** Lower-case names of the user's foods other than {@code exceptId}, for the editor's uniqueness rule. */
    public Set<String> otherNames(String exceptId) {
        return UserDataService.otherNames(myFoods, exceptId);
    }

    /** True if the data can be written now; otherwise says why not, naming {@code what} the user tried to do. */
    public boolean writable(String what) {
        if (library != null && !library.available()) {
            notifier.problem(Messages.get("problem.unavailable.header"),
                    Messages.get("problem.unavailable.text", what));
            return false;
        }
        if (readOnly.get()) {
            notifier.problem(Messages.get("problem.readOnly.header"),
                    Messages.get("problem.readOnly.text", what, readOnlyReason.get()));
            return false;
        }
        return true;
    }

    /** Saves one of the user's foods and shows it selected in the Foods table. */
    public CompletableFuture<UserDataService.FoodSave> saveMyFood(MyFood food) {
        UserDataService lib = library;
        return changing(() -> lib.saveMyFood(food), UserDataService.FoodSave::contents, Messages.get("error.saveFood"),
                result -> {
                    if (!result.ok()) {
                        notifier.problem(Messages.get("problem.foodNotSaved.header"), result.problems().stream()
                                .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("\n")));
                        return;
                    }
                    foods.selectFood(result.saved().catalogId());
                    notifier.status(Messages.get("status.foodSaved", result.saved().name()));
                });
    }

    public CompletableFuture<Contents> deleteMyFood(MyFood food) {
        UserDataService lib = library;
        return changing(() -> lib.deleteMyFood(food.id()), contents -> contents, Messages.get("error.deleteFood"),
                contents -> notifier.status(Messages.get("status.foodDeleted", food.name())));
    }

    /** Reads, checks and (only if every line is good) imports a CSV of foods. */
    public CompletableFuture<UserDataService.Import> importMyFoods(Path file) {
        UserDataService lib = library;
        return changing(() -> lib.importMyFoods(file), UserDataService.Import::contents,
                Messages.get("error.import", file), result -> notifier.status(result.contents() != null
                        ? Messages.get(result.parsed().items().size() == 1 ? "status.imported.one" : "status.imported",
                                result.parsed().items().size(), file)
                        : Messages.get("status.notImported", file, result.parsed().problems().size())));
    }

    /** Reads, checks and (only if every line is good) adds the plans of a CSV file. */
    public CompletableFuture<UserDataService.PlanImport> importPlans(Path file) {
        UserDataService lib = library;
        return executor.runInOrder(() -> lib.importPlans(file), result -> {
            if (result.plans() != null) {
                plan.saved().setAll(result.plans());
            }
            notifier.status(result.plans() != null
                    ? Messages.get(result.parsed().count() == 1 ? "status.importedPlans.one" : "status.importedPlans",
                            result.parsed().count(), file)
                    : Messages.get("status.notImported", file, result.parsed().problems().size()));
            if (!result.unknownFoods().isEmpty()) {
                notifier.problem(Messages.get("import.plan.unknownFoods.header", result.unknownFoods().size()),
                        String.join("\n", result.unknownFoods()));
            }
        }, failure(Messages.get("error.import", file)));
    }

    /**
     * Saves the plan as it is now; the plan list and the week chart follow. The editor is not replaced by what was
     * saved: edits made while the save waited stay, and the plan counts as saved only if it still equals it.
     */
    public CompletableFuture<UserDataService.PlanSave> savePlan() {
        UserDataService lib = library;
        DayPlan toSave = plan.toPlan();
        return executor.runInOrder(() -> lib.savePlan(toSave), saved -> {
            plan.savedAs(toSave, saved.saved(), saved.plans());
            notifier.status(Messages.get("status.planSaved", saved.saved().name(), lib.file()));
        }, failure(Messages.get("error.savePlan")));
    }

    public CompletableFuture<List<DayPlan>> deletePlan(DayPlan deleted) {
        UserDataService lib = library;
        return executor.runInOrder(() -> lib.deletePlan(deleted.id()), all -> {
            plan.saved().setAll(all);
            if (Objects.equals(plan.currentId(), deleted.id())) {
                plan.newPlan();
            }
            notifier.status(Messages.get("status.planDeleted", deleted.name()));
        }, failure(Messages.get("error.deletePlan")));
    }

    public CompletableFuture<Void> backupTo(Path target) {
        UserDataService lib = library;
        return exports.writeInOrder(target, () -> {
            lib.backupTo(target);
            return null;
        }, none -> Messages.get("status.backedUp", target));
    }

    public CompletableFuture<UserDataService.Restore> restoreFrom(Path backup) {
        UserDataService lib = library;
        return changing(() -> lib.restoreFrom(backup), UserDataService.Restore::contents, Messages.get("error.restore"),
                restored -> {
                    plan.newPlan();
                    notifier.status(Messages.get("status.restored", backup, restored.previous()));
                    if (!restored.preferences().isEmpty()) {
                        settingsRestored.accept(restored.preferences());
                    }
                });
    }

    public CompletableFuture<Integer> exportMyFoods(Path target) {
        UserDataService lib = library;
        return exports.writeInOrder(target, () -> lib.exportMyFoods(target), n -> Messages.get("status.exportedFoods", n, target));
    }

    public CompletableFuture<Integer> exportPlans(Path target) {
        UserDataService lib = library;
        return exports.writeInOrder(target, () -> lib.exportPlans(target), n -> Messages.get("status.exportedPlans", n, target));
    }

    /** A library result, with the Foods table for the library after it, both made off the UI thread. */
    private record WithRows<T>(T result, Contents contents, FoodsViewModel.Prepared table) {
    }

    /**
     * Runs a change in order; then the user's foods, plans and the Foods table show the library after it (rows are
     * rebuilt, the user's choices per food kept by id) and {@code done} runs. No table change when
     * {@code contentsOf} gives null (nothing changed).
     */
    private <T> CompletableFuture<T> changing(Callable<T> work, Function<T, Contents> contentsOf, String failure,
                                              Consumer<T> done) {
        return executor.runInOrder(() -> {
            T result = work.call();
            Contents contents = contentsOf.apply(result);
            return new WithRows<>(result, contents,
                    contents == null ? null : FoodsViewModel.prepare(contents.catalog(), true));
        }, changed -> {
            if (changed.contents() != null) {
                myFoods.setAll(changed.contents().myFoods());
                plan.saved().setAll(changed.contents().plans());
                foods.setCatalog(changed.table());
            }
            done.accept(changed.result());
        }, failure(failure)).thenApply(WithRows::result);
    }

    private Consumer<Throwable> failure(String header) {
        return e -> notifier.error(header, e.getMessage());
    }
}
