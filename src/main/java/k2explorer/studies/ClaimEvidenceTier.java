package k2explorer.studies;

/**
 * The order evidence is shown in on a verdict screen: trials first (randomised trials and their meta-analyses),
 * then cohorts (observational studies), then marker and absorption studies, then official reports, reviews and
 * opinions.
 */
public enum ClaimEvidenceTier {
    TRIALS,
    COHORTS,
    MARKERS,
    OTHER;

    /** The tier of a study design; designs added later fall under {@link #OTHER}. */
    public static ClaimEvidenceTier of(StudyDesign design) {
        return switch (design.name()) {
            case "RCT", "META_ANALYSIS" -> TRIALS;
            case "COHORT", "CASE_CONTROL", "CROSS_SECTIONAL" -> COHORTS;
            case "PHARMACOKINETIC" -> MARKERS;
            default -> OTHER;
        };
    }
}
