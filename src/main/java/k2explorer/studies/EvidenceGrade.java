package k2explorer.studies;

import k2explorer.i18n.Messages;

/** How much a study's result can be trusted for the question it answers, graded plainly. */
public enum EvidenceGrade {
    HIGH,
    MODERATE,
    LOW,
    VERY_LOW,
    UNGRADED;

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
