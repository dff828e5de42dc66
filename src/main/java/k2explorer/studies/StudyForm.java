package k2explorer.studies;

import k2explorer.i18n.Messages;

/** The form of vitamin K a study gave or measured. */
public enum StudyForm {
    K1,
    MK4,
    MK7,
    K1_AND_MK4,
    /** Vitamin K2 whose menaquinone the abstract does not name, or K2 trials of several menaquinones pooled. */
    K2_UNSPECIFIED,
    /** Trials of several forms (K1, MK-4, MK-7 …) pooled together. */
    MIXED,
    DIETARY_K,
    NATTO,
    NONE;

    /** A few characters for a table column; {@link #label()} explains it. */
    public String shortLabel() {
        return Messages.label(this, "short");
    }

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
