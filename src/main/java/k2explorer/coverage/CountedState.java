package k2explorer.coverage;

import k2explorer.catalog.Coded;

/**
 * What is known of the forms a target counts, for one food: the state its coverage figures are in. "Never" is kept
 * for foods whose every counted form was measured as zero or not detected; a zero the compilers assumed, and zeros in
 * only some of the counted forms, are states of their own.
 */
public enum CountedState implements Coded {
    /** Some counted form was measured above zero (the sum may still be partial: "≥"). */
    MEASURED,
    /** The counted forms are known only to be below a bound. */
    BELOW_BOUND,
    /** Every counted form was measured: zero or not detected. No amount of the food reaches the target. */
    NEVER,
    /** Every counted form has a zero, and at least one of them is a zero the compilers assumed (USDA code 7). */
    ASSUMED_ZERO,
    /** The forms measured are all zero (or not detected, or assumed zero), but other counted forms were not measured. */
    NONE_IN_FORMS_MEASURED,
    /** None of the counted forms was measured: no figure at all (never zero). */
    NOT_MEASURED;

    /** The food reaches the target with some amount (grams are known, or known to be more than a bound). */
    public boolean reaches() {
        return this == MEASURED || this == BELOW_BOUND;
    }
}
