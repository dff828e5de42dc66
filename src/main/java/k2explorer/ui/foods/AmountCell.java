package k2explorer.ui.foods;

import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import k2explorer.catalog.KForm;
import k2explorer.catalog.ValueState;
import k2explorer.coverage.Reach;
import k2explorer.i18n.Messages;
import k2explorer.ui.AmountFormat;

/**
 * Shows a value in its state — an amount, "0", "0*" (assumed zero), "n.d.", "< x", a dash for not measured — and
 * "≥"/"≤" with an explanation for partial sums, each with a tooltip that says what it means.
 */
final class AmountCell extends TableCell<FoodRow, Optional<ColumnValue>> {
    private static final String MISSING_STYLE = "missing-value";
    private static final String PARTIAL_STYLE = "partial-value";
    private static final String STATE_STYLE = "state-value";
    private static final String CALCULATED_STYLE = "calculated-value";
    private static final String UNPUBLISHED_STYLE = "unpublished-value";
    /**
     * JavaFX wraps only at breaking white space: a narrow no-break space before a spread's dash and a thin space
     * after it let "≥ 47.5 – 64.7" break after the dash, never before it; "≥" stays with its number.
     */
    private static final String SPREAD_DASH = "\u202F–\u2009";

    private final FoodColumn column;

    AmountCell(FoodColumn column) {
        this.column = column;
        getStyleClass().add("amount-cell");
        // A spread ("≥ 47.5 – 64.7") goes onto two lines in a narrow column rather than losing its end.
        setWrapText(true);
    }

    @Override
    protected void updateItem(Optional<ColumnValue> item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(MISSING_STYLE, PARTIAL_STYLE, STATE_STYLE, CALCULATED_STYLE, UNPUBLISHED_STYLE);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (item.isEmpty()) {
            FoodRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.onlyUnpublished(column)) {
                setText(Messages.get("cell.unpublished"));
                getStyleClass().add(UNPUBLISHED_STYLE);
                setTooltip(new Tooltip(Messages.get("cell.unpublished.tooltip")));
                setAccessibleText(Messages.get("cell.a11y", column.title(), Messages.get("cell.unpublished.tooltip")));
                return;
            }
            setText(AmountFormat.NOT_MEASURED);
            getStyleClass().add(MISSING_STYLE);
            setTooltip(new Tooltip(Messages.get("cell.missing")));
            setAccessibleText(Messages.get("cell.a11y", column.title(), Messages.get("cell.missing")));
            return;
        }
        ColumnValue value = item.get();
        setText(value.text().replace("–", SPREAD_DASH).replace("≥ ", "≥\u00A0").replace("≤ ", "≤\u00A0"));
        setTooltip(new Tooltip(tooltip(value)));
        // A screen reader hears the value with its state ("n.d." is "not detected", "≥" says "at least").
        setAccessibleText(Messages.get("cell.a11y", column.title(), value.text() + ". " + tooltip(value)));
        if (value.partial()) {
            getStyleClass().add(PARTIAL_STYLE);
        }
        if (value.amount() != null && value.amount().state() != ValueState.MEASURED) {
            getStyleClass().add(STATE_STYLE);
        }
        if (value.amount() != null && value.amount().calculated()) {
            getStyleClass().add(CALCULATED_STYLE);
        }
    }

    private static String tooltip(ColumnValue value) {
        StringBuilder text = new StringBuilder();
        if (value.reach() != null && value.reach().kind() == Reach.Kind.NEVER) {
            text.append(Messages.get("cell.never"));
        } else if (value.reach() != null && value.reach().kind() == Reach.Kind.AT_LEAST) {
            text.append(Messages.get("cell.atLeastGrams"));
        } else if (value.amount() != null) {
            text.append(AmountFormat.explain(value.amount()));
            if (value.amount().isSpread()) {
                text.append("\n").append(Messages.get("cell.spread"));
            }
        }
        if (value.partial()) {
            String forms = value.includedForms().stream().sorted().map(KForm::label)
                    .collect(Collectors.joining(" + "));
            text.append("\n").append(Messages.get(value.bound() == ColumnValue.Bound.AT_LEAST
                    ? "cell.partial.atLeast" : "cell.partial.atMost", forms));
        }
        if (!value.notDetected().isEmpty()) {
            text.append("\n").append(Messages.get("cell.notDetectedCounted", value.notDetected().stream().sorted()
                    .map(KForm::label).collect(Collectors.joining(", "))));
        }
        return text.toString().strip();
    }
}
