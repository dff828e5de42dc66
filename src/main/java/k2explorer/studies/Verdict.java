package k2explorer.studies;

import k2explorer.i18n.Messages;

/** What the evidence says about a popular claim. */
public enum Verdict {
    SUPPORTED,
    PARTLY,
    OVERSTATED,
    CONTRADICTED,
    UNSOURCED;

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
