package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import k2explorer.ui.appearance.ThemeChoice;
import k2explorer.ui.foods.FoodRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "not measured" dash stays readable on every row, the selected one and the plain and striped others: its
 * colour, as the themes and app.css resolve it, has a contrast of at least 4.5:1 (WCAG AA for text) against the
 * row's background, in the light and the dark theme, with the table focused and not.
 */
class DashContrastUiTest extends AppWindowTest {
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing-value");
    private static final double LEAST_CONTRAST = 4.5;

    @Test
    void theNotMeasuredDashIsReadableOnEveryRow(FxRobot robot) {
        TableView<FoodRow> table = foodsTable(robot);
        // Natto (Kamao 2007): MK-7 measured, K1, MK-4 and the other MKs not — the first row of a fresh window.
        robot.interact(() -> foods().selectFood("lit:KAMAO2007:natto"));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int checkedUnselected = 0;
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            for (boolean focused : new boolean[] {false, true}) {
                robot.interact(() -> {
                    appearance().themeProperty().set(theme);
                    if (focused) {
                        table.requestFocus();
                    } else {
                        robot.lookup("#searchField").query().requestFocus();
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> stage.getScene().getRoot().applyCss());
                assertEquals(focused, table.isFocused(), "table focus");
                for (Node node : table.lookupAll(".amount-cell")) {
                    TableCell<?, ?> cell = (TableCell<?, ?>) node;
                    if (cell.getTableRow() == null || cell.getTableRow().isEmpty() || !cell.isVisible()
                            || !cell.getPseudoClassStates().contains(MISSING)) {
                        continue;
                    }
                    boolean selected = cell.getTableRow().isSelected();
                    Color text = (Color) cell.getTextFill();
                    Color behind = background(cell);
                    double contrast = contrast(text, behind);
                    if (selected) {
                        checked++;
                    } else {
                        checkedUnselected++;
                    }
                    if (contrast < LEAST_CONTRAST) {
                        problems.add(String.format(Locale.ROOT, "%s%s%s row %d: %s on %s is %.2f:1", theme,
                                focused ? " focused" : "", selected ? " selected" : "", cell.getIndex(), text,
                                behind, contrast));
                    }
                }
            }
        }
        assertTrue(checked >= 4 * 3, "not-measured dashes on the selected row checked: " + checked);
        assertTrue(checkedUnselected >= 4 * 6, "not-measured dashes on other rows checked: " + checkedUnselected);
        assertEquals(List.of(), problems, "dashes too faint");
    }

    /** The colour drawn behind a node: the top fill of the nearest region (itself or up) with an opaque one. */
    private static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                Background b = r.getBackground();
                for (int i = b.getFills().size() - 1; i >= 0; i--) {
                    BackgroundFill fill = b.getFills().get(i);
                    if (fill.getFill() instanceof Color c && c.getOpacity() == 1.0) {
                        return c;
                    }
                    if (fill.getFill() instanceof Color c && c.getOpacity() > 0) {
                        throw new AssertionError("a see-through fill behind the cell: " + c + " on " + n);
                    }
                }
            }
        }
        throw new AssertionError("no background behind " + node);
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
