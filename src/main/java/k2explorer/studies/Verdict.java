package k2explorer.studies;

/** What the evidence says about a popular claim. */
public enum Verdict {
    SUPPORTED("Supported"),
    PARTLY("Partly true"),
    OVERSTATED("Overstated"),
    CONTRADICTED("Contradicted"),
    UNSOURCED("Unsourced");

    private final String label;

    Verdict(String label) {
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
