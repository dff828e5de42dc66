package k2explorer.catalog;

/**
 * What is known of an amount per 100 g (one form, or a sum of forms): the numbers, the state they are in, and
 * whether any of them was calculated rather than analysed. Zero states and "not detected" have the range 0–0;
 * a bound "< x" has the range 0–x.
 */
public record Amount(AmountRange range, ValueState state, boolean calculated) {
    /** The grams of food every amount is given for: catalog amounts are per 100 g. */
    public static final double BASIS_GRAMS = 100;

    public static Amount of(KValue value) {
        AmountRange range = switch (value.state()) {
            case MEASURED, MEASURED_ZERO -> AmountRange.of(value.amount());
            case BELOW_BOUND -> new AmountRange(0, value.amount());
            case NOT_DETECTED, ASSUMED_ZERO -> AmountRange.of(0);
        };
        return new Amount(range, value.state(), value.isCalculated());
    }

    public static Amount measured(double micrograms) {
        return new Amount(AmountRange.of(micrograms), micrograms > 0 ? ValueState.MEASURED : ValueState.MEASURED_ZERO,
                false);
    }

    public double low() {
        return range.low();
    }

    public double high() {
        return range.high();
    }

    public boolean isSpread() {
        return state == ValueState.MEASURED && range.isSpread();
    }

    /** The number this amount sorts by within its state. */
    public double sortValue() {
        return state == ValueState.BELOW_BOUND ? range.high() : range.midpoint();
    }

    /** Two values of the same form and food (several samples or sources): the spread, in the stronger state. */
    public Amount spreadWith(Amount other) {
        return new Amount(range.widenedBy(other.range), state.strongest(other.state), calculated || other.calculated);
    }

    /** Two forms added up. */
    public Amount plus(Amount other) {
        return new Amount(range.plus(other.range), state.strongest(other.state), calculated || other.calculated);
    }

    public Amount times(double factor) {
        return new Amount(range.times(factor), state, calculated);
    }

    /** This amount (per 100 g) in {@code grams} of the food: a serving, a line of a day plan. */
    public Amount forGrams(double grams) {
        return times(factorFor(grams));
    }

    /** What turns an amount per 100 g into the amount in {@code grams} of the food. */
    public static double factorFor(double grams) {
        return grams / BASIS_GRAMS;
    }

    /** True when there is some of the form for sure: a measured amount whose whole spread is above zero. */
    public boolean certainlyPresent() {
        return state == ValueState.MEASURED && range.low() > 0;
    }
}
