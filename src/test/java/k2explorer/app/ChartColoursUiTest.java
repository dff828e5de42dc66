package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import k2explorer.catalog.KForm;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.foods.FoodRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Every form has its own colour, the same in the Compare chart and the coverage chart. */
class ChartColoursUiTest extends AppWindowTest {
    @Test
    void mk7AndMk10DifferInCompareAndMk7IsTheSameColourInBothCharts(FxRobot robot) {
        List<FoodRow> withMk10 = foods().visibleRows().stream()
                .filter(r -> r.food().amount(KForm.MK10).isPresent() && r.food().amount(KForm.MK7).isPresent())
                .limit(2).toList();
        robot.interact(() -> compare().add(withMk10));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        XYChart<?, ?> compareChart = robot.lookup("#compareChart").queryAs(XYChart.class);
        Paint mk7 = fill(compareChart, EnumLabels.of(KForm.MK7));
        Paint mk10 = fill(compareChart, EnumLabels.of(KForm.MK10));
        assertNotEquals(mk7, mk10, "MK-7 and MK-10 have their own colours");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        XYChart<?, ?> coverage = robot.lookup("#coverageChart").queryAs(XYChart.class);
        assertEquals(mk7, fill(coverage, EnumLabels.of(KForm.MK7)), "MK-7 is the same colour in both charts");
    }

    /** A bar's colour: the theme draws it as a gradient of that colour across the bar (its middle stop). */
    private static Paint colour(Paint fill) {
        if (fill instanceof javafx.scene.paint.LinearGradient gradient) {
            return gradient.getStops().get(gradient.getStops().size() / 2).getColor();
        }
        return fill;
    }

    /** The fill of the first drawn bar of the series with this name. */
    private static Paint fill(XYChart<?, ?> chart, String seriesName) {
        for (XYChart.Series<?, ?> series : chart.getData()) {
            if (seriesName.equals(series.getName())) {
                for (XYChart.Data<?, ?> d : series.getData()) {
                    Node node = d.getNode();
                    if (node instanceof Region bar && bar.getBackground() != null
                            && !bar.getBackground().getFills().isEmpty()) {
                        return colour(bar.getBackground().getFills().get(0).getFill());
                    }
                }
            }
        }
        assertNotNull(null, "no drawn bar for " + seriesName + " in " + chart.getId());
        return null;
    }
}
