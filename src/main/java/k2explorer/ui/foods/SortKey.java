package k2explorer.ui.foods;

/** One level of a (multi-column) sort. */
public record SortKey(FoodColumn column, boolean ascending) {

    public static SortKey ascending(FoodColumn column) {
        return new SortKey(column, true);
    }

    public static SortKey descending(FoodColumn column) {
        return new SortKey(column, false);
    }

    // equals and hashCode written out: a record's generated ones bootstrap method handles on first use (~70
    // classes on the FX thread before the first frame); same meaning, every component (WrittenOutEqualityTest).
    @Override
    public boolean equals(Object o) {
        return o instanceof SortKey k && column == k.column && ascending == k.ascending;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(column) + Boolean.hashCode(ascending);
    }
}
