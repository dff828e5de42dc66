package k2explorer.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import k2explorer.ui.common.AmountFormat;

/**
 * Ticks people read on an axis: 1-2-5 in every decade (only whole decades when the axis spans many), and labels with
 * their unit — "500 g", "1 kg", "2.5 kg". Plain Java, so the chart's ticks are tested without a toolkit.
 */
public final class ReadableTicks {
    private static final double[] ONE_TWO_FIVE = {1, 2, 5};
    /** Beyond this many decades 1-2-5 ticks crowd each other: whole decades only. */
    private static final int MAX_DECADES_WITH_STEPS = 3;
    private static final double GRAMS_PER_KG = 1000;
    private static final double EPSILON = 1e-9;

    private ReadableTicks() {
    }

    /** The 1-2-5 value at or above {@code value} (> 0): where an axis should end so no bar is cut. */
    public static double ceiling(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : ONE_TWO_FIVE) {
            if (step * decade >= value * (1 - EPSILON)) {
                return step * decade;
            }
        }
        return 10 * decade;
    }

    /** The 1-2-5 value at or below {@code value} (> 0): where a logarithmic axis should start. */
    public static double floor(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value) + EPSILON));
        double result = decade;
        for (double step : ONE_TWO_FIVE) {
            if (step * decade <= value * (1 + EPSILON)) {
                result = step * decade;
            }
        }
        return result;
    }

    /** Tick values from {@code low} to {@code high} (low > 0) on a logarithmic axis. */
    public static List<Double> logarithmic(double low, double high) {
        List<Double> ticks = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(low) + EPSILON);
        int last = (int) Math.ceil(Math.log10(high) - EPSILON);
        boolean steps = last - first <= MAX_DECADES_WITH_STEPS;
        for (int exponent = first; exponent <= last; exponent++) {
            double decade = Math.pow(10, exponent);
            for (double step : steps ? ONE_TWO_FIVE : new double[] {1}) {
                double tick = step * decade;
                if (tick >= low * (1 - EPSILON) && tick <= high * (1 + EPSILON)) {
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    /** A 1-2-5 step for a linear axis that gives about {@code count} ticks up to {@code high}. */
    public static double linearStep(double high, int count) {
        return ceiling(high / count);
    }

    /** "0 g", "750 g", "1 kg", "2.5 kg": kilograms from 1,000 g. */
    public static String grams(double grams) {
        return grams >= GRAMS_PER_KG ? AmountFormat.format(grams / GRAMS_PER_KG) + " kg"
                : AmountFormat.format(grams) + " g";
    }
}
