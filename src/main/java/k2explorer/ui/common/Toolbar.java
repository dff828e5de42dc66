package k2explorer.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A row of a view's controls that wraps onto further lines when the window is narrow or the text is large, so no
 * control ever has to elide its label.
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
}
