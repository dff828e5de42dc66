package k2explorer.studies;

import k2explorer.i18n.Messages;

/** How a study was done; observational designs can show links but not causes. */
public enum StudyDesign {
    META_ANALYSIS(false),
    RCT(false),
    PHARMACOKINETIC(false),
    COHORT(true),
    CASE_CONTROL(true),
    CROSS_SECTIONAL(true),
    REVIEW(false),
    OPINION(false),
    /** Experiments in animals: they can show a mechanism, not what happens in people. */
    ANIMAL(false),
    /** Intake references and regulatory reviews by an authority: neither a trial nor an observation. */
    OFFICIAL_REPORT(false);

    private final boolean observational;

    StudyDesign(boolean observational) {
        this.observational = observational;
    }

    public String shortLabel() {
        return Messages.label(this, "short");
    }

    public String label() {
        return Messages.label(this);
    }

    public boolean observational() {
        return observational;
    }

    @Override
    public String toString() {
        return label();
    }
}
