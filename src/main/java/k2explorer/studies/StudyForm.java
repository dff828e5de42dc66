package k2explorer.studies;

/** The form of vitamin K a study gave or measured. */
public enum StudyForm {
    K1("K1 (phylloquinone)", "K1"),
    MK4("MK-4 (menatetrenone)", "MK-4"),
    MK7("MK-7", "MK-7"),
    K1_AND_MK4("K1 and MK-4 (pooled trials)", "K1 / MK-4"),
    DIETARY_K("Diet (K1 and K2 from food)", "Diet"),
    NATTO("Natto (the food)", "Natto"),
    NONE("None (marker or opinion)", "—");

    private final String label;
    private final String shortLabel;

    StudyForm(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** A few characters for a table column; {@link #label()} explains it. */
    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
