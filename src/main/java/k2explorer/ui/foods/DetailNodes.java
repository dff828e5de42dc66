package k2explorer.ui.foods;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The detail pane's boxes and lines: JavaFX's own, but each measured once per layout pass, and the boxes place their
 * lines without asking for another pass.
 *
 * <p>Measured once. JavaFX keeps a node's sizes only for "any width"; a height at a given width, which is what a
 * wrapped text is asked for, it works out again at every question. The scroll pane asks its content for its least,
 * preferred and greatest height at two widths (before and after it knows it needs its scroll bar), and each box asks
 * its lines again while it places them, every question going down through the boxes to every line's text: a newly
 * selected food had each line's text laid out five to seven times in the pass that shows it. Here a height at a
 * width is kept until the node, or a line inside it, changes (it asks for layout then) or the pane's next layout
 * pass begins, whichever comes first: the same figure JavaFX works out, worked out once.
 *
 * <p>Placing quietly. A box that moves a line while it lays it out (a longer text above it for another food) would
 * otherwise mark itself and every box above it up to the window's root as needing layout, and the whole pane, every
 * wrapped text measured again, would be laid out a second time on the next pulse. Only that request, made by the
 * box itself while it places its lines, is left out: every other change still asks for layout.
 */
final class DetailNodes {
    /** The pane's layout passes so far: a height measured in one is not used in the next. */
    private static long passes;

    private DetailNodes() {
    }

    /** A pane starts laying out: heights measured before are measured again when next asked. */
    static void newPass() {
        passes++;
    }

    /** One node's heights at one width in this pass, and whether it is placing its lines now. */
    private static final class Measures {
        private final double[] heights = new double[2];
        private double width = Double.NaN;
        private long pass = -1;
        private boolean placing;

        /** A height of the node (a null node is being made: it keeps nothing yet). */
        static double height(Measures m, int kind, double width, DoubleUnaryOperator measure) {
            if (m == null) {
                return measure.applyAsDouble(width);
            }
            if (m.pass != passes || Double.compare(m.width, width) != 0) {
                m.pass = passes;
                m.width = width;
                Arrays.fill(m.heights, Double.NaN);
            }
            if (Double.isNaN(m.heights[kind])) {
                m.heights[kind] = measure.applyAsDouble(width);
            }
            return m.heights[kind];
        }

        static double pref(Measures m, double width, DoubleUnaryOperator measure) {
            return height(m, 0, width, measure);
        }

        static double least(Measures m, double width, DoubleUnaryOperator measure) {
            return height(m, 1, width, measure);
        }

        /** The node changed: it forgets its heights and asks for layout, unless it is placing its own lines. */
        static void request(Measures m, Runnable requestLayout) {
            if (m != null) {
                m.pass = -1;
            }
            if (m == null || !m.placing) {
                requestLayout.run();
            }
        }

        static void place(Measures m, Runnable layoutChildren) {
            m.placing = true;
            try {
                layoutChildren.run();
            } finally {
                m.placing = false;
            }
        }
    }

    /*
     * A line keeps its height and least height (its greatest is its height); a column keeps its height, which is
     * what its box asks for three times over (its least and greatest height each go down the column once).
     */

    /** A line of text (wrapped where the pane says so). */
    static final class Line extends Label {
        private final Measures m = new Measures();

        Line(String text) {
            super(text);
        }

        @Override protected double computePrefHeight(double w) { return Measures.pref(m, w, super::computePrefHeight); }

        @Override protected double computeMinHeight(double w) { return Measures.least(m, w, super::computeMinHeight); }

        @Override public void requestLayout() { Measures.request(m, super::requestLayout); }
    }

    /** A link that wraps onto more lines. */
    static final class Link extends Hyperlink {
        private final Measures m = new Measures();

        Link() {
            setWrapText(true);
        }

        @Override protected double computePrefHeight(double w) { return Measures.pref(m, w, super::computePrefHeight); }

        @Override protected double computeMinHeight(double w) { return Measures.least(m, w, super::computeMinHeight); }

        @Override public void requestLayout() { Measures.request(m, super::requestLayout); }
    }

    /** Lines one below another. */
    static final class Column extends VBox {
        private final Measures m = new Measures();

        Column(double spacing) {
            super(spacing);
        }

        @Override protected double computePrefHeight(double w) { return Measures.pref(m, w, super::computePrefHeight); }

        @Override protected void layoutChildren() { Measures.place(m, super::layoutChildren); }

        @Override public void requestLayout() { Measures.request(m, super::requestLayout); }
    }

    /** The values table. */
    static final class Grid extends GridPane {
        private final Measures m = new Measures();

        @Override protected void layoutChildren() { Measures.place(m, super::layoutChildren); }

        @Override public void requestLayout() { Measures.request(m, super::requestLayout); }
    }

    /**
     * Parts side by side, wrapping to the next line when the pane is narrow; a part wider than the row (a long
     * address, a long serving) wraps its own text. The row is never wider than the pane: a flow pane's least width
     * would otherwise be its widest part's whole text, pushing the pane's content past its right edge.
     */
    static final class Row extends FlowPane {
        private final Measures m = new Measures();

        Row(double hgap, double vgap, Region... parts) {
            super(hgap, vgap, parts);
            setMinWidth(0);
            for (Region part : parts) {
                part.maxWidthProperty().bind(widthProperty());
            }
        }

        @Override protected void layoutChildren() { Measures.place(m, super::layoutChildren); }

        @Override public void requestLayout() { Measures.request(m, super::requestLayout); }
    }
}
