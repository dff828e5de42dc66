package k2explorer.catalog;

/**
 * A known reason to doubt a value, flagged wherever the value ranks (table cell, chart bar, Compare, exports).
 * Derived from what the data itself records, never typed by hand per food.
 */
public enum ValueDoubt implements Coded {
    /** A long-chain or MK-7 value credited (in part) to Elder 2006, a paper that measured K1, dihydro-K1 and MK-4 only. */
    ELDER_LONG_CHAIN,
    /** The compiler's own row totals disagree with the forms it lists (compiled table's "check" column). */
    TOTALS_DISAGREE;

    /** Elder 2006 as the compiled table names it. */
    public static final String ELDER_SOURCE = "ELDER2006";
    /** The start of the note the catalog build writes when the compiler's totals disagree with its forms. */
    public static final String TOTALS_NOTE = "The compiler's own totals disagree with its forms";
}
