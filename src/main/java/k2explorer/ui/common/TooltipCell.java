package k2explorer.ui.common;

import java.util.function.Supplier;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A table cell with a tooltip (Foods, Studies). The cell keeps how to word the tooltip; the text is worked out, and
 * the {@link Tooltip} (a popup window with a scene and a CSS pass of its own) made, only when the pointer first enters
 * the cell or a screen reader asks for the cell's help, then kept and given the new text when the cell shows another
 * row. Made on every fill, the first frame with the filled Foods table made ~200 tooltips and their texts that nobody
 * reads (docs/performance.md); a new tooltip on every update made each keystroke's layout pass several times slower.
 */
public abstract class TooltipCell<S, T> extends TableCell<S, T> {
    private Supplier<String> wording;
    /** The text {@link #wording} gave, or null while nobody has asked. */
    private String worded;
    private Tooltip tooltip;

    protected TooltipCell() {
        // Tooltip's own handlers wait for the pointer to move over the cell: made on entering, it shows as it would.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> makeTooltip());
    }

    /** Shows {@code text} on hover over the cell; no tooltip for null or empty text. */
    protected final void setTooltipText(String text) {
        setTooltipText(text == null ? null : () -> text);
    }

    /** Shows the text {@code wording} gives on hover (worked out when first needed); none for null or empty text. */
    protected final void setTooltipText(Supplier<String> newWording) {
        wording = newWording;
        worded = null;
        if (wording == null) {
            if (getTooltip() != null) {
                setTooltip(null);
            }
            return;
        }
        if (tooltip != null || isHover()) {
            makeTooltip();
        }
    }

    /** The tooltip's text, worked out now if nobody asked before (then kept for this row); "" for none. */
    protected final String tooltipText() {
        if (worded == null) {
            String text = wording == null ? null : wording.get();
            worded = text == null ? "" : text;
        }
        return worded;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.HELP) {
            return tooltipText();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    private void makeTooltip() {
        String text = tooltipText();
        if (text.isEmpty()) {
            if (getTooltip() != null) {
                setTooltip(null);
            }
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip(text);
        } else {
            tooltip.setText(text);
        }
        if (getTooltip() != tooltip) {
            setTooltip(tooltip);
        }
    }
}
