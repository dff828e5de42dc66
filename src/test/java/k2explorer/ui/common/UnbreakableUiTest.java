package k2explorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * {@link Unbreakable#surelyFits} may only skip a measurement that could not widen a column: whenever it says a text
 * fits a width, the text's measured least width is no more than that width.
 */
@ExtendWith(ApplicationExtension.class)
class UnbreakableUiTest {
    private static final List<String> TEXTS = List.of("0", "—", "n/a", "n.d.", "unpubl.", "1,176.5", "1.176,5",
            "1\u202F176,5", AmountFormat.wrappable("≥ 47.5 – 64.7"), AmountFormat.wrappable("< 0.5 µg"),
            AmountFormat.wrappable("≤ 250 g") + "\u00A0†", "WWWMMM", "iiiilll", "333 %", "none in the forms measured");

    @Test
    void aTextSaidToFitIsNeverWiderThanSaid(FxRobot robot) {
        robot.interact(() -> {
            for (Font font : List.of(Font.font(13), Font.font(21), Font.font(null, FontPosture.ITALIC, 17),
                    Font.font(null, FontWeight.BOLD, 29))) {
                for (String text : TEXTS) {
                    Label label = new Label(text);
                    label.setFont(font);
                    double least = Unbreakable.minWidth(label);
                    assertFalse(Unbreakable.surelyFits(label, least - 0.5), text + " in " + font);
                    assertTrue(Unbreakable.surelyFits(label, 1.1 * least + 4), text + " in " + font);
                }
            }
        });
    }

    @Test
    void onlyBreakingSpacesAndNewLinesBreak() {
        assertTrue(Unbreakable.breakable(AmountFormat.wrappable("≥ 47.5 – 64.7")));
        assertTrue(Unbreakable.breakable("none in the forms measured"));
        assertFalse(Unbreakable.breakable(AmountFormat.wrappable("≥ 12.5 µg")));
        assertFalse(Unbreakable.breakable("1\u00A0176"));
        assertFalse(Unbreakable.breakable(null));
    }
}
