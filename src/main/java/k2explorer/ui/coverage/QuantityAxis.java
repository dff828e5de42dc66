package k2explorer.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.scene.chart.ValueAxis;

/**
 * The coverage chart's value axis (grams or servings). Linear, or logarithmic; either way the ticks are
 * {@link ReadableTicks}' and every label carries its unit. A logarithmic axis is drawn in log10 units counted from its
 * first tick, so bars start at the axis origin. {@link #show} sets the range, ending on a tick so nothing is cut.
 */
final class QuantityAxis extends ValueAxis<Number> {
    private static final int LINEAR_TICKS = 5;
    private boolean logarithmic;
    private double linearStep = 1;
    private double logOrigin = 1;
    private DoubleFunction<String> labels = ReadableTicks::grams;

    QuantityAxis() {
        super(0, 1);
        setMinorTickVisible(false);
        setAutoRanging(false);
    }

    /** Shows values from {@code min} (used on the log axis; > 0) to {@code max}, labelled by {@code labels}. */
    void show(double min, double max, boolean log, DoubleFunction<String> labels) {
        this.logarithmic = log;
        this.labels = labels;
        double upper = ReadableTicks.ceiling(Math.max(max, Double.MIN_NORMAL));
        if (log) {
            logOrigin = ReadableTicks.floor(Math.min(Math.max(min, Double.MIN_NORMAL), upper));
            upper = Math.max(upper, ReadableTicks.ceiling(logOrigin * 2));
        } else {
            linearStep = ReadableTicks.linearStep(upper, LINEAR_TICKS);
            upper = Math.ceil(upper / linearStep - 1e-9) * linearStep;
        }
        setLowerBound(0);
        setUpperBound(position(upper));
        requestAxisLayout();
    }

    /** Where a bar of {@code value} ends in axis units. */
    double position(double value) {
        return logarithmic ? Math.max(0, Math.log10(value / logOrigin)) : value;
    }

    double value(double axisPosition) {
        return logarithmic ? logOrigin * Math.pow(10, axisPosition) : axisPosition;
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        List<Number> ticks = new ArrayList<>();
        if (logarithmic) {
            for (double v : ReadableTicks.logarithmic(logOrigin, value(getUpperBound()))) {
                ticks.add(position(v));
            }
        } else {
            for (double v = 0; v <= getUpperBound() * (1 + 1e-9); v += linearStep) {
                ticks.add(v);
            }
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected String getTickMarkLabel(Number axisPosition) {
        return labels.apply(value(axisPosition.doubleValue()));
    }
}
