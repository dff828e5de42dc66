package k2explorer.ui.foods;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.TableColumn;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueDoubt;
import k2explorer.catalog.ValueState;
import k2explorer.coverage.CoverageFigures;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.TooltipCell;
import k2explorer.ui.common.Unbreakable;

/**
 * Shows a value in its state — an amount, "0", "0*" (assumed zero), "n.d.", "< x", a dash for not measured, "n/a" where
 * the basis does not apply to the food — and "≥"/"≤" with an explanation for partial sums, each with a tooltip that
 * says what it means. Values with a known doubt carry a "†" where they rank. A number never breaks across lines: the
 * column grows to the widest number it shows, and a spread breaks only after its dash.
 */
final class AmountCell extends TooltipCell<FoodRow, Optional<ColumnValue>> {
    /*
     * The value's state as pseudo-classes (":missing-value" …), not style classes: a cell shows one row after another
     * as the user types and scrolls, and a changed style class makes JavaFX match the whole style sheet again for the
     * cell, a changed pseudo-class only switches between styles it already matched.
     */
    private static final PseudoClass MISSING_STYLE = PseudoClass.getPseudoClass("missing-value");
    private static final PseudoClass NOT_APPLICABLE_STYLE = PseudoClass.getPseudoClass("not-applicable-value");
    private static final PseudoClass PARTIAL_STYLE = PseudoClass.getPseudoClass("partial-value");
    private static final PseudoClass STATE_STYLE = PseudoClass.getPseudoClass("state-value");
    private static final PseudoClass CALCULATED_STYLE = PseudoClass.getPseudoClass("calculated-value");
    private static final PseudoClass UNPUBLISHED_STYLE = PseudoClass.getPseudoClass("unpublished-value");
    private static final PseudoClass DOUBT_STYLE = PseudoClass.getPseudoClass("doubtful-value");
    private static final List<PseudoClass> STYLES = List.of(MISSING_STYLE, NOT_APPLICABLE_STYLE, PARTIAL_STYLE,
            STATE_STYLE, CALCULATED_STYLE, UNPUBLISHED_STYLE, DOUBT_STYLE);
    private static final String DOUBT_MARK = "\u00A0†";
    /**
     * How often a cell measured the widest number of its text (tests: only a text that might be wider than its
     * column's least width is measured; a fill of ~170 cells used to measure each).
     */
    static final LongAdder MEASUREMENTS = new LongAdder();

    private final FoodColumn column;
    /** The serving a row's per-serving figures are for (the chosen portion), so the cell can say which. */
    private final Function<FoodRow, Portion> servingOf;
    /** What a screen reader hears for the cell's value, worded when it asks; null for the cell's plain text. */
    private Supplier<String> spoken;
    /** How often the cell was filled (tests: once for each cell of the table's first frame). */
    private int fills;

    AmountCell(FoodColumn column, Function<FoodRow, Portion> servingOf) {
        this.column = column;
        this.servingOf = servingOf;
        getStyleClass().add("amount-cell");
        // The text size can change after the text was set (CSS, the text-size preference): measure again then.
        fontProperty().addListener((obs, was, now) -> keepNumbersWhole());
        tableColumnProperty().addListener((obs, was, now) -> keepNumbersWhole());
        // A new cell is filled before the style sheet gives it its font and padding; JavaFX makes its skin right after
        // it has, so the cell measures once, with the font it is shown in.
        skinProperty().addListener((obs, was, now) -> keepNumbersWhole());
    }

    @Override
    protected void updateItem(Optional<ColumnValue> item, boolean empty) {
        super.updateItem(item, empty);
        fills++;
        Set<PseudoClass> styles = new HashSet<>();
        show(item, empty, styles);
        for (PseudoClass style : STYLES) {
            pseudoClassStateChanged(style, styles.contains(style));
        }
    }

    /** How often the cell was filled since it was made. */
    int fills() {
        return fills;
    }

    /**
     * Shows a text, wrapping only a text that has somewhere to break: a spread ("≥ 47.5 – 64.7") goes onto two lines
     * in a narrow column rather than losing its end, while a single number never breaks (its column is at least as
     * wide) and lays out as plain text, which costs JavaFX fewer text layouts per cell (the first frame with the
     * filled table lays out ~170 cells).
     */
    private void showText(String text) {
        setText(text);
        boolean wrap = Unbreakable.breakable(text);
        if (wrap != isWrapText()) {
            setWrapText(wrap);
        }
    }

    private void show(Optional<ColumnValue> item, boolean empty, Set<PseudoClass> styles) {
        if (empty || item == null) {
            showText(null);
            setTooltipText((String) null);
            spoken = null;
            return;
        }
        FoodRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (item.isEmpty()) {
            if (row != null && row.onlyUnpublished(column)) {
                showText(Messages.get("cell.unpublished"));
                styles.add(UNPUBLISHED_STYLE);
                explain(Messages.get("cell.unpublished.tooltip"));
                return;
            }
            if (row != null && notApplicable(row, column)) {
                showText(AmountFormat.notApplicable());
                styles.add(NOT_APPLICABLE_STYLE);
                explain(Messages.get("cell.notApplicable"));
                return;
            }
            showText(AmountFormat.NOT_MEASURED);
            styles.add(MISSING_STYLE);
            explain(Messages.get("cell.missing"));
            return;
        }
        ColumnValue value = item.get();
        Set<ValueDoubt> doubts = row == null ? Set.of() : doubts(row, column, value);
        showText(AmountFormat.wrappable(value.text()) + (doubts.isEmpty() ? "" : DOUBT_MARK));
        // Worded when the pointer rests on the cell or a screen reader asks, not for every cell a fill shows.
        setTooltipText(() -> explanation(row, value, doubts));
        // A screen reader hears the value with its state ("n.d." is "not detected", "≥" says "at least").
        spoken = () -> Messages.get("cell.a11y", column.title(), value.text() + ". " + tooltipText());
        keepNumbersWhole();
        if (value.partial()) {
            styles.add(PARTIAL_STYLE);
        }
        if (value.amount() != null && value.amount().state() != ValueState.MEASURED) {
            styles.add(STATE_STYLE);
        }
        if (value.amount() != null && value.amount().calculated()) {
            styles.add(CALCULATED_STYLE);
        }
        if (!doubts.isEmpty()) {
            styles.add(DOUBT_STYLE);
        }
    }

    private String explanation(FoodRow row, ColumnValue value, Set<ValueDoubt> doubts) {
        String explained = CellExplanation.of(value, doubts);
        if (row != null && (column == FoodColumn.SERVINGS_TO_TARGET || column == FoodColumn.PERCENT_PER_SERVING)) {
            // "333 %" of a 40 g pack and "1,154 %" of a 175 g cup side by side: each says which serving it means.
            Portion serving = servingOf.apply(row);
            if (serving != null) {
                explained = Messages.get("cell.ofServing", serving.label()) + "\n" + explained;
            }
        }
        return explained;
    }

    /** A state without a number: the tooltip and what a screen reader hears say what it means. */
    private void explain(String meaning) {
        setTooltipText(meaning);
        spoken = () -> Messages.get("cell.a11y", column.title(), meaning);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && spoken != null) {
            return spoken.get();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /**
     * The column is never narrower than the widest number it shows (it only grows). Measured only once the cell is
     * styled: before, its font is JavaFX's default, and a number measured in it could widen the column for nothing.
     * A text whose characters' widths alone show that it fits the column's least width is not laid out to be measured.
     */
    private void keepNumbersWhole() {
        TableColumn<FoodRow, ?> col = getTableColumn();
        if (col == null || getText() == null || isEmpty() || getSkin() == null
                || Unbreakable.surelyFits(this, col.getMinWidth())) {
            return;
        }
        MEASUREMENTS.increment();
        double need = Unbreakable.minWidth(this);
        if (need > col.getMinWidth()) {
            col.setMinWidth(need);
        }
    }

    /**
     * Empty because the basis (or the coverage figure) cannot apply to the food — no household portion or no energy
     * value — while the amount itself was measured: "n/a", not the "not measured" dash.
     */
    static boolean notApplicable(FoodRow row, FoodColumn column) {
        if (column.isAmount()) {
            return row.value(column, Basis.PER_100G, null).isPresent();
        }
        return (column == FoodColumn.SERVINGS_TO_TARGET || column == FoodColumn.PERCENT_PER_SERVING)
                && row.portionFood().portions().isEmpty();
    }

    /** The doubts of the values the cell is made of (the ranked member's, in a family row). */
    static Set<ValueDoubt> doubts(FoodRow row, FoodColumn column, ColumnValue value) {
        Food food = value.ranked() != null ? value.ranked().food() : row.food();
        Set<KForm> forms = value.includedForms().isEmpty() ? EnumSet.noneOf(KForm.class) : value.includedForms();
        return CoverageFigures.doubts(food, forms, column.forms().size() > 1 || value.includedForms().size() > 1);
    }

}
