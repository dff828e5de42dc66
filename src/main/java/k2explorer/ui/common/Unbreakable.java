package k2explorer.ui.common;

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

    private Unbreakable() {
    }

    /** The width of the widest piece of {@code text} that may not be broken, in {@code font}. */
    public static double widestPiece(String text, Font font) {
        double widest = 0;
        Text measure = MEASURE.get();
        measure.setFont(font);
        for (String piece : BREAKS.split(text)) {
            measure.setText(piece);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }

    /** The least width a label needs to show its text without breaking inside a piece (its padding included). */
    public static double minWidth(Labeled label) {
        String text = label.getText();
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return widestPiece(text, label.getFont()) + label.snappedLeftInset() + label.snappedRightInset() + 2;
    }

    /** A wrapping label that never breaks inside a number: it is never narrower than its widest piece. */
    public static <T extends Labeled> T keepWhole(T label) {
        label.setWrapText(true);
        label.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> minWidth(label),
                label.textProperty(), label.fontProperty(), label.paddingProperty()));
        return label;
    }
}
