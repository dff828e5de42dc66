package k2explorer.userdata;

/** How an amount in a day plan is given. */
public enum PlanUnit {
    GRAMS("g"),
    SERVINGS("servings");

    private final String label;

    PlanUnit(String label) {
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
