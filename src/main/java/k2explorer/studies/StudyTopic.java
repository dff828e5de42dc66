package k2explorer.studies;

/** What a study is about, for filtering the study catalog. */
public enum StudyTopic {
    BONE("Bone"),
    CARDIOVASCULAR("Heart and arteries"),
    PHARMACOLOGY("Absorption and blood levels"),
    SAFETY("Safety (anticoagulants)"),
    OTHER("Other");

    private final String label;

    StudyTopic(String label) {
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
