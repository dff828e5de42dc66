package k2explorer.ui.foods;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A Foods table cell with a tooltip. The cell keeps the tooltip's text; the {@link Tooltip} itself (a popup window
 * with a scene and a CSS pass of its own) is made only when the pointer first enters the cell, then kept and given
 * the new text when the cell shows another row. Made on every fill, the first frame with the filled table made ~200
 * of them that nobody hovers (docs/performance.md); a new one on every update made each keystroke's layout pass
 * several times slower. A screen reader hears the text as the cell's help, tooltip made or not.
 */
abstract class TooltipCell<T> extends TableCell<FoodRow, T> {
    private String tooltipText;
    private Tooltip tooltip;

    TooltipCell() {
        // Tooltip's own handlers wait for the pointer to move over the cell: made on entering, it shows as it would.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> makeTooltip());
    }

    /** Shows {@code text} on hover over the cell; no tooltip for null or empty text. */
    protected final void setTooltipText(String text) {
        tooltipText = text == null || text.isEmpty() ? null : text;
        if (tooltipText == null) {
            if (getTooltip() != null) {
                setTooltip(null);
            }
            return;
        }
        if (tooltip != null) {
            tooltip.setText(tooltipText);
        }
        if (tooltip != null || isHover()) {
            makeTooltip();
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.HELP) {
            return tooltipText == null ? "" : tooltipText;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    private void makeTooltip() {
        if (tooltipText == null) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText);
        }
        if (getTooltip() != tooltip) {
            setTooltip(tooltip);
        }
    }
}
