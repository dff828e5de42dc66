package k2explorer.ui.coverage;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.shape.Line;

/**
 * A horizontal bar chart (one bar per food, coloured by series) that also marks one typical serving on each bar.
 * A stacked chart with one non-empty series per category draws full-width bars coloured by form.
 */
final class CoverageBarChart extends StackedBarChart<Number, String> {
    private final Map<String, Double> servingMarkers = new LinkedHashMap<>();
    private final Map<String, Line> markerLines = new LinkedHashMap<>();
    private final ValueAxis<Number> gramsAxis;

    CoverageBarChart(ValueAxis<Number> xAxis, CategoryAxis yAxis) {
        super(xAxis, yAxis);
        this.gramsAxis = xAxis;
        setAnimated(false);
        setCategoryGap(6);
    }

    /** Marker positions in axis units (already log-transformed when the axis is logarithmic). */
    void setServingMarkers(Map<String, Double> markers) {
        getPlotChildren().removeAll(markerLines.values());
        markerLines.clear();
        servingMarkers.clear();
        servingMarkers.putAll(markers);
        for (String category : markers.keySet()) {
            Line line = new Line();
            line.getStyleClass().add("serving-marker");
            line.setManaged(false);
            markerLines.put(category, line);
        }
        getPlotChildren().addAll(markerLines.values());
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        CategoryAxis y = (CategoryAxis) getYAxis();
        double half = y.getCategorySpacing() * 0.42;
        servingMarkers.forEach((category, value) -> {
            Line line = markerLines.get(category);
            double px = gramsAxis.getDisplayPosition(value);
            double py = y.getDisplayPosition(category);
            line.setStartX(px);
            line.setEndX(px);
            line.setStartY(py - half);
            line.setEndY(py + half);
            line.toFront();
        });
    }
}
