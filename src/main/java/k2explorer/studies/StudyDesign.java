package k2explorer.studies;

/** How a study was done; observational designs can show links but not causes. */
public enum StudyDesign {
    META_ANALYSIS("Meta-analysis of trials", "Meta-analysis", false),
    RCT("Randomised trial", "Randomised trial", false),
    PHARMACOKINETIC("Absorption / dose study", "Absorption study", false),
    COHORT("Cohort (observational)", "Cohort", true),
    CASE_CONTROL("Case-control (observational)", "Case-control", true),
    CROSS_SECTIONAL("Cross-sectional (observational)", "Cross-sectional", true),
    REVIEW("Narrative review", "Review", false),
    OPINION("Opinion / perspective", "Opinion", false);

    private final String label;
    private final String shortLabel;
    private final boolean observational;

    StudyDesign(String label, String shortLabel, boolean observational) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.observational = observational;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    public boolean observational() {
        return observational;
    }

    @Override
    public String toString() {
        return label;
    }
}
