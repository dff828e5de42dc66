package k2explorer.ui.plan;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodNames;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;

/** The plan's foods: each with its source, the amount eaten and the µg it adds of each form; Remove takes one out. */
final class PlanItemsTable extends VBox {
    private static final double AMOUNT_COLUMN_WIDTH = 200;
    /** Long enough to read a progress of a few percent. */
    private static final double FORM_COLUMN_WIDTH = 115;
    private final PlanViewModel model;

    PlanItemsTable(PlanViewModel model) {
        super(4);
        this.model = model;
        TableView<DayPlan.Item> table = new TableView<>(model.items());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("planItemsTable");
        table.setAccessibleText(Messages.get("plan.table.a11y"));
        table.setPrefHeight(230);
        table.setPlaceholder(new Label(Messages.get("plan.placeholder")));
        TableColumn<DayPlan.Item, String> food = new TableColumn<>(Messages.get("plan.column.food"));
        // Named with its source: three "Natto" rows from three sources are three different foods.
        food.setCellValueFactory(c -> new ReadOnlyStringWrapper(FoodNames.withSource(c.getValue().foodId(),
                c.getValue().foodName(), model.catalogProperty().get())));
        food.setPrefWidth(330);
        TableColumn<DayPlan.Item, String> amount = new TableColumn<>(Messages.get("plan.column.amount"));
        amount.setCellValueFactory(c -> new ReadOnlyStringWrapper(amountText(c.getValue())));
        amount.setPrefWidth(AMOUNT_COLUMN_WIDTH);
        table.getColumns().add(food);
        table.getColumns().add(amount);
        for (KForm form : PlanTotals.SHOWN) {
            TableColumn<DayPlan.Item, String> col = new TableColumn<>(Messages.get("plan.column.form",
                    EnumLabels.of(form)));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(formText(c.getValue(), form)));
            col.setPrefWidth(FORM_COLUMN_WIDTH);
            col.setMinWidth(FORM_COLUMN_WIDTH);
            table.getColumns().add(col);
        }
        Button remove = new Button(Messages.get("plan.remove"));
        remove.setId("planRemoveButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedIndex()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.remove(table.getSelectionModel().getSelectedIndex());
            }
        });
        getChildren().setAll(table, remove);
    }

    private static String amountText(DayPlan.Item item) {
        return item.unit() == PlanUnit.GRAMS ? Messages.get("plan.item.grams", Numbers.shown(item.amount(), 1))
                : Messages.get("plan.item.servings", Numbers.shown(item.amount(), 2), item.portionLabel(),
                Numbers.shown(item.grams(), 0));
    }

    private String formText(DayPlan.Item item, KForm form) {
        Catalog catalog = model.catalogProperty().get();
        Optional<Food> food = catalog == null ? Optional.empty() : catalog.food(item.foodId());
        return food.flatMap(f -> f.amount(form))
                .map(a -> AmountFormat.format(a.forGrams(item.grams())))
                .orElse(AmountFormat.NOT_MEASURED);
    }
}
