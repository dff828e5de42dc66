package k2explorer.studies;

/** How much a study's result can be trusted for the question it answers, graded plainly. */
public enum EvidenceGrade {
    HIGH("High"),
    MODERATE("Moderate"),
    LOW("Low"),
    VERY_LOW("Very low"),
    UNGRADED("Not graded (not read)");

    private final String label;

    EvidenceGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
