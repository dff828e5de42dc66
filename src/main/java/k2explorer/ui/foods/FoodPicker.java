package k2explorer.ui.foods;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.util.StringConverter;
import k2explorer.catalog.EvidenceRank;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
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
        Runnable fill = () -> setItems(FXCollections.observableArrayList(inPickerOrder(foods.allRows())));
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

    /**
     * By name; among foods of the same name, the best-supported first: the one whose total vitamin K covers most
     * forms, then the strongest evidence ({@link EvidenceRank}); products left out of rankings after the others.
     */
    static List<FoodRow> inPickerOrder(List<FoodRow> rows) {
        return rows.stream().sorted(Comparator.comparing((FoodRow r) -> r.food().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.food().excludedFromRankings())
                .thenComparing(r -> -formsMeasured(r.food()))
                .thenComparingInt(r -> EvidenceRank.of(r.food(), r.food().totalK().map(FormTotal::includedForms)
                        .orElse(Set.of())))
                .thenComparing(r -> r.food().id())).toList();
    }

    private static int formsMeasured(Food food) {
        return food.totalK().map(t -> t.includedForms().size()).orElse(0);
    }
}
