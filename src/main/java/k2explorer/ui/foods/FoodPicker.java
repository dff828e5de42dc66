package k2explorer.ui.foods;

import java.util.Comparator;
import javafx.collections.FXCollections;
import javafx.util.StringConverter;
import k2explorer.i18n.Messages;
import org.controlsfx.control.SearchableComboBox;

/** A type-to-find list of every catalog food (with its sources), kept in step with the catalog. */
public final class FoodPicker extends SearchableComboBox<FoodRow> {

    public FoodPicker(FoodsViewModel foods, String id, String prompt, String accessibleText) {
        setId(id);
        setPromptText(prompt);
        setPrefWidth(380);
        setAccessibleText(accessibleText);
        Runnable fill = () -> setItems(FXCollections.observableArrayList(foods.allRows().stream()
                .sorted(Comparator.comparing(r -> r.food().name(), String.CASE_INSENSITIVE_ORDER)).toList()));
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
