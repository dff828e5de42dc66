package k2explorer.studies;

/** What the evidence says about a popular claim. */
public enum Verdict {
    SUPPORTED,
    PARTLY,
    OVERSTATED,
    CONTRADICTED,
    UNSOURCED
}
