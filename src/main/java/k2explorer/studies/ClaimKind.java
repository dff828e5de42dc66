package k2explorer.studies;

/** A claim about health effects, or about how much K2 a food contains. */
public enum ClaimKind {
    HEALTH("Health claim"),
    FOOD_VALUE("Food-table value");

    private final String label;

    ClaimKind(String label) {
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
