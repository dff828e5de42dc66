package k2explorer.ui.common;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * One colour per vitamin K form for every chart and legend (app.css: {@code -k2-form-<NAME>}, with a colour-blind-safe
 * set chosen in Preferences). JavaFX's own series colours repeat after eight series and follow the series' order, so
 * MK-7 could be green in one chart and blue in another; here each series takes its form's colour.
 */
public final class FormColours {
    private FormColours() {
    }

    /** The looked-up colour of a form or form group, by its enum name ("MK7", "OTHER_MK", "K2_TOTAL" …). */
    public static String colour(String formName) {
        return "-k2-form-" + formName;
    }

    /** Colours each series' bars and legend symbol by its form; call after the chart's data is set. */
    public static <X, Y> void apply(XYChart<X, Y> chart, Map<XYChart.Series<X, Y>, String> formOfSeries) {
        formOfSeries.forEach((series, form) -> {
            String style = "-fx-bar-fill: " + colour(form) + ";";
            for (XYChart.Data<X, Y> d : series.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle(style);
                }
                d.nodeProperty().addListener((obs, was, node) -> {
                    if (node != null) {
                        node.setStyle(style);
                    }
                });
            }
        });
        // The legend is rebuilt with the data; colour its symbols once it is there.
        Platform.runLater(() -> formOfSeries.forEach((series, form) -> {
            for (Node item : chart.lookupAll(".chart-legend-item")) {
                if (item instanceof Label label && series.getName() != null && series.getName().equals(label.getText())
                        && label.getGraphic() != null) {
                    label.getGraphic().setStyle("-fx-background-color: " + colour(form) + ";");
                }
            }
        }));
    }
}
