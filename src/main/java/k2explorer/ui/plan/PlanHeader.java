package k2explorer.ui.plan;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import k2explorer.i18n.Dates;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.Dialogs;
import k2explorer.ui.common.PromptWidth;

/**
 * The plan's name and date, Save (which asks first about a date far from today), and what is unsaved or doubtful.
 */
final class PlanHeader extends HBox {
    PlanHeader(PlanViewModel model, PlanView.Commands actions, ObservableBooleanValue readOnly) {
        super(8);
        TextField name = new TextField();
        name.setId("planNameField");
        name.setPromptText(Messages.get("plan.name.prompt"));
        // Room for the whole placeholder at any text size.
        PromptWidth.fit(name);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setAccessibleText(Messages.get("plan.name.a11y"));
        name.textProperty().bindBidirectional(model.nameProperty());
        DatePicker date = new DatePicker();
        date.setId("planDatePicker");
        date.setAccessibleText(Messages.get("plan.date.a11y"));
        date.valueProperty().bindBidirectional(model.dateProperty());
        Button save = new Button(Messages.get("plan.save"));
        save.setId("planSaveButton");
        save.setDefaultButton(false);
        save.disableProperty().bind(readOnly);
        save.setOnAction(e -> {
            String doubt = model.dateProblemProperty().get();
            if (doubt.isEmpty() || Dialogs.confirm(getScene() == null ? null : getScene().getWindow(),
                    Messages.get("plan.date.doubt.header"), doubt)) {
                actions.save();
            }
        });
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Dates.shown(d);
            }

            @Override
            public LocalDate fromString(String text) {
                return Dates.typed(text);
            }
        });
        Label dateProblem = new Label();
        dateProblem.setId("planDateProblem");
        dateProblem.getStyleClass().add("caution");
        dateProblem.textProperty().bind(model.dateProblemProperty());
        Label dirty = new Label();
        dirty.setId("planDirtyLabel");
        dirty.textProperty().bind(Bindings.when(model.dirtyProperty())
                .then(Messages.get("plan.unsaved")).otherwise(""));
        dirty.getStyleClass().add("caution");
        getChildren().setAll(new Label(Messages.get("plan.label")), name, date, save, dirty, dateProblem);
        setAlignment(Pos.CENTER_LEFT);
    }
}
