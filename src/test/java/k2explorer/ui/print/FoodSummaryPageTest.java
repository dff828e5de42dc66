package k2explorer.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import k2explorer.UsLocale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueKind;
import k2explorer.ui.common.Unbreakable;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one-page summary a dietitian prints or saves: every figure made of parts it shows, numbers never split. */
@ExtendWith({ApplicationExtension.class, UsLocale.class})
class FoodSummaryPageTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static KValue v(KForm form, double amount) {
        return KValue.measured(form, amount, ValueKind.MEAN, "S", EvidenceLevel.NUTRIENT_DATABASE, "", "");
    }

    private static Food food(String id, String name, List<KValue> values) {
        return new Food(id, name, "G", FoodOrigin.CIQUAL, "S", values, List.of(new Portion(1, 1, "1 slice", 100, "S")),
                Map.of(), List.of(), null, null, "");
    }

    private static List<String> grid(VBox page) {
        GridPane grid = (GridPane) page.lookup("#printSummaryTable");
        List<String> out = new ArrayList<>();
        for (Node n : grid.getChildren()) {
            out.add(GridPane.getRowIndex(n) + ":" + GridPane.getColumnIndex(n) + ":" + ((Label) n).getText());
        }
        return out;
    }

    private static String at(VBox page, int row, int column) {
        return grid(page).stream().filter(s -> s.startsWith(row + ":" + column + ":")).findFirst().orElseThrow()
                .substring((row + ":" + column + ":").length());
    }

    private static int column(VBox page, String header) {
        return grid(page).stream().filter(s -> s.startsWith("0:") && s.endsWith(":" + header)).findFirst()
                .map(s -> Integer.parseInt(s.split(":")[1])).orElse(-1);
    }

    @Test
    void aTotalIsMadeOfPartsThePageShows(FxRobot robot) {
        // Ciqual's raw goose liver: K1 and a K2 total whose forms Ciqual does not name.
        Food goose = food("ciqual:goose", "Goose liver, raw", List.of(v(KForm.K1, 10.2), v(KForm.K2_TOTAL, 346.9)));
        Catalog catalog = new Catalog(List.of(goose), List.of(), new DataVersion("test", "abc"));
        VBox[] page = new VBox[1];
        robot.interact(() -> page[0] = FoodSummaryPage.of("t", List.of(new FoodRow(goose, "Ciqual")), null, catalog,
                new PortionChoices()));
        int k2 = column(page[0], "Total K2");
        assertTrue(k2 > 0, "the K2 total inside Total K has a column: " + grid(page[0]));
        assertEquals("≥\u00A0346.9", at(page[0], 1, k2));
        assertEquals("—", at(page[0], 1, column(page[0], "MK-4")));
        assertEquals(-1, column(page[0], "Dihydro-K1"), "no food has dihydro-K1: no empty column");
    }

    @Test
    void numbersAreNeverSplitAcrossLinesInTheSavedPage(FxRobot robot) {
        Food big = food("f", "A food with a long name that wraps over several lines on the printed page, really long",
                List.of(v(KForm.K1, 1062.05), v(KForm.DIHYDRO_K1, 1176.7), v(KForm.MK4, 1176.7), v(KForm.MK7, 1176.7),
                        v(KForm.MK8, 1176.7)));
        Catalog catalog = new Catalog(List.of(big), List.of(), new DataVersion("test", "abc"));
        robot.interact(() -> {
            VBox page = FoodSummaryPage.of("t", List.of(new FoodRow(big, "S"), new FoodRow(big, "S")), null, catalog,
                    new PortionChoices());
            new Scene(page);
            page.applyCss();
            page.layout();
            page.snapshot(null, null);
            GridPane grid = (GridPane) page.lookup("#printSummaryTable");
            for (Node n : grid.getChildren()) {
                Label l = (Label) n;
                if (GridPane.getRowIndex(n) > 0 && GridPane.getColumnIndex(n) > 1) {
                    assertTrue(l.getWidth() >= Unbreakable.widestPiece(l.getText(), l.getFont()),
                            "'" + l.getText() + "' is " + l.getWidth() + " wide");
                    assertFalse(l.getText().contains(" "), "no breaking space inside '" + l.getText() + "'");
                }
            }
        });
    }
}
