package k2explorer.studies;

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

    public boolean observational() {
        return observational;
    }
}
