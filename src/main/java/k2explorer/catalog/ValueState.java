package k2explorer.catalog;

/**
 * What a source says about one form in one food. Not measured has no state: the value is absent.
 * The order is the order of evidence that the form is there, used when sorting and when states are combined.
 */
public enum ValueState implements Coded {
    /** USDA source code 7: a zero the compilers assumed, not a measurement. */
    ASSUMED_ZERO,
    MEASURED_ZERO,
    /** Looked for and not found: below the method's limit of detection. */
    NOT_DETECTED,
    /** Below a stated bound ("< 0.8"): somewhere between 0 and the bound, not the bound itself. */
    BELOW_BOUND,
    /** An amount above zero. */
    MEASURED;

    /** Counted as zero in totals and coverage: the form is there in no usable amount. */
    public boolean countsAsZero() {
        return this != MEASURED && this != BELOW_BOUND;
    }

    /** The state that shows more of the form: what a sum or a spread of two values is in. */
    public ValueState strongest(ValueState other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
