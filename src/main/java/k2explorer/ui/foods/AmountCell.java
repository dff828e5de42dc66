package k2explorer.ui.foods;

import java.util.Optional;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.ui.AmountFormat;

/** Shows an amount, a dash with "not measured" for missing values, and "≥" with an explanation for partial sums. */
final class AmountCell extends TableCell<FoodRow, Optional<ColumnValue>> {
    private static final String MISSING_STYLE = "missing-value";
    private static final String PARTIAL_STYLE = "partial-value";

    AmountCell() {
        getStyleClass().add("amount-cell");
    }

    @Override
    protected void updateItem(Optional<ColumnValue> item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(MISSING_STYLE, PARTIAL_STYLE);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        if (item.isEmpty()) {
            setText(AmountFormat.NOT_MEASURED);
            getStyleClass().add(MISSING_STYLE);
            setTooltip(new Tooltip(Messages.get("cell.missing")));
            return;
        }
        ColumnValue value = item.get();
        setText(value.bound().prefix() + AmountFormat.format(value.amount()));
        if (value.partial()) {
            getStyleClass().add(PARTIAL_STYLE);
            String forms = value.includedForms().stream().sorted().map(KForm::label)
                    .reduce((a, b) -> a + " + " + b).orElse("");
            setTooltip(new Tooltip(value.bound() == ColumnValue.Bound.AT_LEAST
                    ? Messages.get("cell.partial.atLeast", forms)
                    : Messages.get("cell.partial.atMost", forms)));
        } else if (value.amount().isSpread()) {
            setTooltip(new Tooltip(Messages.get("cell.spread")));
        } else {
            setTooltip(null);
        }
    }
}
