package k2explorer.ui.foods;

import k2explorer.ui.common.TooltipCell;

/** A text cell that elides in a narrow column and shows its whole text on hover. */
final class TextCellWithTooltip extends TooltipCell<FoodRow, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        setTooltipText(empty ? null : text);
    }
}
