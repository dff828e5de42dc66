package k2explorer.studies;

import k2explorer.i18n.Messages;

/** A claim about health effects, or about how much K2 a food contains. */
public enum ClaimKind {
    HEALTH,
    FOOD_VALUE;

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
