package k2explorer.ui.foods;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A table cell's tooltip, made once per cell and given new text when the cell shows another row. A new Tooltip on
 * every update (hundreds per keystroke) cost each one a CSS pass of its own and was most of a keystroke's layout
 * time (docs/performance.md, interaction benchmark).
 */
final class CellTooltip {
    private Tooltip tooltip;

    /** Shows {@code text} on hover over the cell; no tooltip for null or empty text. */
    void show(Control cell, String text) {
        if (text == null || text.isEmpty()) {
            if (cell.getTooltip() != null) {
                cell.setTooltip(null);
            }
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(text);
        if (cell.getTooltip() != tooltip) {
            cell.setTooltip(tooltip);
        }
    }
}
