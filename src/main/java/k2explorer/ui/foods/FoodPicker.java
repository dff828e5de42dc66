package k2explorer.ui.foods;

import javafx.collections.FXCollections;
import javafx.util.StringConverter;
import k2explorer.i18n.Messages;
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
        Runnable fill = () -> setItems(FXCollections.observableArrayList(FoodNames.inPickerOrder(foods.allRows())));
        foods.catalogProperty().addListener((obs, o, n) -> fill.run());
        if (foods.catalogProperty().get() != null) {
            fill.run();
        }
        setConverter(new StringConverter<>() {
            @Override
            public String toString(FoodRow row) {
                return row == null ? "" : Messages.get("picker.food", row.food().name(), row.sourceLabels());
            }

            @Override
            public FoodRow fromString(String s) {
                return null;
            }
        });
    }
}
