package k2explorer.studies;

/** How much a study's result can be trusted for the question it answers, graded plainly. */
public enum EvidenceGrade {
    HIGH,
    MODERATE,
    LOW,
    VERY_LOW,
    UNGRADED
}
