package k2explorer.ui.foods;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import k2explorer.catalog.Portion;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;

/** The household portion picker for one food; a choice changes that food's serving everywhere in the app. */
public final class PortionChoice {
    private PortionChoice() {
    }

    /** Call only for foods that have portions. */
    public static ComboBox<Portion> of(FoodRow row, FoodsViewModel model, String id) {
        ComboBox<Portion> choice = new ComboBox<>(FXCollections.observableArrayList(row.portionFood().portions()));
        choice.setId(id);
        choice.setAccessibleText(Messages.get("portion.a11y", row.name()));
        choice.setConverter(EnumLabels.shown(Portion::label, ""));
        choice.setValue(model.portion(row));
        choice.valueProperty().addListener((obs, old, now) -> model.choosePortion(row, now));
        return choice;
    }
}
