package k2explorer.catalog;

/** How a reported number relates to the samples behind it. */
public enum ValueKind implements Coded {
    MEAN,
    SINGLE,
    RANGE_LOW,
    RANGE_HIGH,
    /** The source does not say whether the number is a mean, a single sample or a median. */
    NOT_STATED
}
