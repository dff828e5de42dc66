package k2explorer.studies;

/** How a cited study bears on a claim: it supports it, contradicts it, or frames it. */
public enum ClaimRole {
    FOR,
    AGAINST,
    CONTEXT
}
