package k2explorer.ui.foods;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A text cell that elides in a narrow column and shows its whole text on hover. */
final class TextCellWithTooltip extends TableCell<FoodRow, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
    }
}
