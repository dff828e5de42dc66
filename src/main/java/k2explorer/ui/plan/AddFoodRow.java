package k2explorer.ui.plan;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.foods.FoodPicker;
import k2explorer.ui.foods.FoodsViewModel;

/** Adding a food to the plan: the food, an amount in grams or in one of its portions, and why it was not added. */
final class AddFoodRow extends HBox {
    AddFoodRow(PlanViewModel model, FoodsViewModel foods) {
        super(8);
        FoodPicker picker = new FoodPicker(foods, "planFoodPicker", Messages.get("plan.picker.prompt"),
                Messages.get("plan.picker.a11y"));
        TextField amount = new TextField();
        amount.setId("planAmountField");
        amount.setPromptText(Messages.get("plan.amount.prompt"));
        amount.setPrefColumnCount(6);
        amount.setAccessibleText(Messages.get("plan.column.amount"));
        ComboBox<UnitChoice> unit = new ComboBox<>();
        unit.setId("planUnitChoice");
        unit.setConverter(EnumLabels.shown(UnitChoice::label, ""));
        unit.setAccessibleText(Messages.get("plan.unit.a11y"));
        unit.getItems().setAll(UnitChoice.GRAMS);
        unit.setValue(UnitChoice.GRAMS);
        // The unit is the user's choice: picking (or only highlighting) a food offers its portions but never
        // switches the unit; a portion the food does not have is named when adding, not silently replaced.
        picker.valueProperty().addListener((obs, o, row) -> {
            UnitChoice chosen = unit.getValue();
            List<UnitChoice> offered = row == null ? List.of(UnitChoice.GRAMS) : UnitChoice.of(row.food());
            unit.getItems().setAll(offered);
            unit.setValue(chosen == null ? UnitChoice.GRAMS : chosen);
        });
        Label message = new Label();
        message.setId("planMessage");
        message.getStyleClass().add("field-problem");
        Button add = new Button(Messages.get("plan.add"));
        add.setId("planAddButton");
        Runnable addIt = () -> {
            String problem = model.add(picker.getValue() == null ? null : picker.getValue().food(), amount.getText(),
                    unit.getValue());
            message.setText(problem == null ? "" : problem);
            if (problem == null) {
                amount.clear();
            }
        };
        add.setOnAction(e -> addIt.run());
        amount.setOnAction(e -> addIt.run());
        getChildren().setAll(picker, amount, unit, add, message);
        setAlignment(Pos.CENTER_LEFT);
    }
}
