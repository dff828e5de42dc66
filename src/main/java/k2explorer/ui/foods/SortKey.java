package k2explorer.ui.foods;

/** One level of a (multi-column) sort. */
public record SortKey(FoodColumn column, boolean ascending) {

    public static SortKey ascending(FoodColumn column) {
        return new SortKey(column, true);
    }

    public static SortKey descending(FoodColumn column) {
        return new SortKey(column, false);
    }
}
