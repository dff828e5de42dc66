package k2explorer.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A row of a view's controls that wraps onto further lines when the window is narrow or the text is large, so no
 * control ever has to elide its label. A control wider than a whole line (a long chosen reference at large text in
 * the narrowest window) is narrowed to the line, as far as its least width allows, instead of running past the edge.
 */
public final class Toolbar extends FlowPane {
    private static final double GAP = 8;
    private static final double LINE_GAP = 6;
    private static final double PADDING = 8;

    public Toolbar(Node... controls) {
        super(GAP, LINE_GAP, controls);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(PADDING));
        getStyleClass().add("filter-bar");
    }

    /** As narrow as the widest control's least width (a plain flow asks for its widest control's full width). */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return snappedLeftInset() + snapSizeX(widest) + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double right = getWidth() - snappedRightInset();
        for (Node child : getManagedChildren()) {
            double overflow = child.getBoundsInParent().getMaxX() - right;
            if (overflow > 0 && child.isResizable()) {
                double width = Math.max(child.minWidth(-1), child.getLayoutBounds().getWidth() - overflow);
                child.resize(snapSizeX(width), child.getLayoutBounds().getHeight());
            }
        }
    }
}
