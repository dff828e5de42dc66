package k2explorer.ui.plan;

import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Messages;
import k2explorer.mine.plans.DayPlan;
import k2explorer.ui.common.Dialogs;

/**
 * The saved plans beside the editor: choosing one opens it (after asking before unsaved changes are dropped), New
 * starts an empty plan, Delete removes the chosen one; the list always shows the plan being edited, or none.
 */
final class SavedPlansList extends VBox {
    private static final double WIDTH = 240;
    private final PlanViewModel model;
    private final ListView<DayPlan> list;
    /** True while the list's selection is set to follow the editor (not a user's choice). */
    private boolean syncing;

    SavedPlansList(PlanViewModel model, PlanView.Commands actions, ObservableBooleanValue readOnly) {
        super(6);
        this.model = model;
        list = new ListView<>(model.saved());
        list.setId("planList");
        list.setAccessibleText(Messages.get("plan.saved"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DayPlan plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? null : plan.name() + (plan.date() == null ? ""
                        : " — " + Dates.shown(plan.date())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (syncing || now == null || Objects.equals(now.id(), model.currentId())) {
                return;
            }
            if (confirmDiscard()) {
                model.open(now);
            } else {
                // Kept editing: the list shows the plan in the editor again, so Delete acts on that one.
                Platform.runLater(this::showCurrent);
            }
        });
        // After a save, a restore or a delete the list shows the plan being edited, or none.
        model.saved().addListener((ListChangeListener<DayPlan>) c -> showCurrent());
        model.currentIdProperty().addListener((obs, o, n) -> showCurrent());
        Button newPlan = new Button(Messages.get("plan.new"));
        newPlan.setId("planNewButton");
        newPlan.setOnAction(e -> {
            if (confirmDiscard()) {
                model.newPlan();
                list.getSelectionModel().clearSelection();
            }
        });
        Button delete = new Button(Messages.get("plan.delete"));
        delete.setId("planDeleteButton");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(readOnly));
        delete.setOnAction(e -> {
            DayPlan plan = list.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(getScene().getWindow(), Messages.get("plan.delete.header"),
                    Messages.get("plan.delete.text", plan.name()))) {
                actions.delete(plan);
            }
        });
        newPlan.disableProperty().bind(readOnly);
        Label title = new Label(Messages.get("plan.saved"));
        title.getStyleClass().add("detail-section");
        getChildren().setAll(title, list, new HBox(6, newPlan, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(8));
        setPrefWidth(WIDTH);
    }

    private void showCurrent() {
        syncing = true;
        try {
            Long id = model.currentId();
            Optional<DayPlan> current = id == null ? Optional.empty()
                    : list.getItems().stream().filter(p -> id.equals(p.id())).findFirst();
            if (current.isPresent()) {
                list.getSelectionModel().select(current.get());
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get() || model.items().isEmpty() && model.nameProperty().get().isBlank()) {
            return true;
        }
        return Dialogs.confirm(getScene() == null ? null : getScene().getWindow(), Messages.get("plan.unsaved"),
                Messages.get("plan.unsaved.text"));
    }
}
