package k2explorer.ui.foods;

import javafx.scene.control.TableCell;

/** A text cell that elides in a narrow column and shows its whole text on hover. */
final class TextCellWithTooltip extends TableCell<FoodRow, String> {
    private final CellTooltip tooltip = new CellTooltip();

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        tooltip.show(this, empty ? null : text);
    }
}
