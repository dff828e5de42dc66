package k2explorer.studies;

import k2explorer.i18n.Messages;

/** How a cited study bears on a claim: it supports it, contradicts it, or frames it. */
public enum ClaimRole {
    FOR,
    AGAINST,
    CONTEXT;

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
