package k2explorer.ui.foods;

import javafx.collections.FXCollections;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;
import org.controlsfx.control.SearchableComboBox;

/**
 * A type-to-find list of every catalog food (each with its sources), kept in step with the catalog. Foods of the same
 * name come best-supported first, so the first "Natto" is not a source that measured K1 only.
 */
public final class FoodPicker extends SearchableComboBox<FoodRow> {

    public FoodPicker(FoodsViewModel foods, String id, String prompt, String accessibleText) {
        setId(id);
        setPromptText(prompt);
        setPrefWidth(380);
        setAccessibleText(accessibleText);
        Runnable fill = () -> {
            FoodRow chosen = getValue();
            setItems(FXCollections.observableArrayList(
                    FoodRowComparators.inPickerOrder(foods.table().rows(false))));
            if (chosen != null) {
                // the same food in the new rows, so a pick survives the user adding or editing a food
                setValue(getItems().stream().filter(r -> r.food().id().equals(chosen.food().id())).findFirst()
                        .orElse(null));
            }
        };
        // A new catalog's table is in before the catalog is set, so a food the user just added is offered at once.
        foods.catalogProperty().addListener((obs, was, now) -> fill.run());
        if (!foods.table().rows(false).isEmpty()) {
            fill.run();
        }
        setConverter(EnumLabels.shown(row -> Messages.get("picker.food", row.food().name(), row.sourceLabels()),
                ""));
    }
}
