package k2explorer.catalog;

import java.util.Optional;

/**
 * The six states a value is shown in, named once: the five states of a value a source gives ({@link ValueState})
 * and "not measured", which has no value at all. Screen text ({@code ui.AmountFormat}) and file text
 * ({@code export.ValueCells}) each decide their words for these six here and nowhere else.
 */
public enum ShownState {
    /** An amount above zero: "12.3". */
    MEASURED,
    /** Measured as zero: "0". */
    MEASURED_ZERO,
    /** A zero the compilers assumed (USDA source code 7), not a measurement: "0*". */
    ASSUMED_ZERO,
    /** Looked for, below the method's limit: "n.d.". */
    NOT_DETECTED,
    /** Below a stated bound: "< 0.8". */
    BELOW_BOUND,
    /** No value: "—" on screen, an empty cell in files. Never 0, always sorted last. */
    NOT_MEASURED;

    public static ShownState of(ValueState state) {
        return switch (state) {
            case MEASURED -> MEASURED;
            case MEASURED_ZERO -> MEASURED_ZERO;
            case ASSUMED_ZERO -> ASSUMED_ZERO;
            case NOT_DETECTED -> NOT_DETECTED;
            case BELOW_BOUND -> BELOW_BOUND;
        };
    }

    public static ShownState of(Optional<Amount> amount) {
        return amount.map(a -> of(a.state())).orElse(NOT_MEASURED);
    }
}
