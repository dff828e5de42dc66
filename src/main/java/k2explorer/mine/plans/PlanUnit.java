package k2explorer.mine.plans;

import k2explorer.i18n.Messages;

/** How an amount in a day plan is given. */
public enum PlanUnit {
    GRAMS,
    SERVINGS;

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
