package k2explorer.catalog;

/** Where a catalog food comes from. */
public enum FoodOrigin {
    USDA("USDA SR26"),
    LITERATURE("Published study"),
    MY_FOOD("My food");

    private final String label;

    FoodOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
