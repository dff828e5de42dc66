package k2explorer.ui.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps numbers whole in wrapping labels. A label wraps at breaking spaces, and breaks a word that is wider than the
 * label anywhere ("1,176." / "7"); text from {@link AmountFormat#wrappable} has breaking spaces only after a spread's
 * dash and between words, so a label at least as wide as its widest piece never splits a number.
 */
public final class Unbreakable {
    private static final Pattern BREAKS = Pattern.compile("[ \\u2009\\n]+");
    /** One Text per thread to measure with, not one made and thrown away for each table cell a keystroke fills. */
    private static final ThreadLocal<Text> MEASURE = ThreadLocal.withInitial(Text::new);
    /**
     * Each character's width in each font, measured once: what {@link #surelyFits} adds up. A handful of fonts (text
     * size, italics) and the few dozen characters numbers are written with.
     */
    private static final Map<Font, Map<Character, Double>> CHAR_WIDTHS = new ConcurrentHashMap<>();
    /** Room for rounding and kerning when a text's width is bounded by its characters' widths added up. */
    private static final double BOUND_FACTOR = 1.05;

    private Unbreakable() {
    }

    /** The width of the widest piece of {@code text} that may not be broken, in {@code font}. */
    public static double widestPiece(String text, Font font) {
        double widest = 0;
        for (String piece : BREAKS.split(text)) {
            widest = Math.max(widest, width(piece, font));
        }
        return Math.ceil(widest);
    }

    /** The width of a piece of text (0 for a breaking space, which never counts in a piece). */
    private static double width(String piece, Font font) {
        if (BREAKS.matcher(piece).matches()) {
            return 0;
        }
        Text measure = MEASURE.get();
        measure.setFont(font);
        measure.setText(piece);
        return measure.getLayoutBounds().getWidth();
    }

    /** The least width a label needs to show its text without breaking inside a piece (its padding included). */
    public static double minWidth(Labeled label) {
        String text = label.getText();
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return widestPiece(text, label.getFont()) + label.snappedLeftInset() + label.snappedRightInset() + 2;
    }

    /** Whether {@code text} has a place where a wrapping label may break it (a breaking space or a new line). */
    public static boolean breakable(String text) {
        return text != null && BREAKS.matcher(text).find();
    }

    /**
     * True when the label's {@link #minWidth} is certainly no more than {@code width}, judged from its characters'
     * widths added up (each measured once per font) instead of laying its text out: most table cells show a number far
     * narrower than their column, and measuring each one made the first frame's table noticeably slower. False means
     * only "measure it".
     */
    public static boolean surelyFits(Labeled label, double width) {
        String text = label.getText();
        if (text == null || text.isEmpty()) {
            return true;
        }
        Map<Character, Double> widths = CHAR_WIDTHS.computeIfAbsent(label.getFont(), f -> new ConcurrentHashMap<>());
        double widest = 0;
        double piece = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return false;
            }
            double w = widths.computeIfAbsent(c, ch -> width(String.valueOf(ch), label.getFont()));
            // A breaking space or new line (width 0 here) ends a piece.
            piece = w == 0 && BREAKS.matcher(String.valueOf(c)).matches() ? 0 : piece + w;
            widest = Math.max(widest, piece);
        }
        return Math.ceil(widest * BOUND_FACTOR) + label.snappedLeftInset() + label.snappedRightInset() + 2 <= width;
    }

    /** A wrapping label that never breaks inside a number: it is never narrower than its widest piece. */
    public static <T extends Labeled> T keepWhole(T label) {
        label.setWrapText(true);
        label.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> minWidth(label),
                label.textProperty(), label.fontProperty(), label.paddingProperty()));
        return label;
    }
}
