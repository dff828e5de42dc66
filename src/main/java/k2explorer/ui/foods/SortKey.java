package k2explorer.ui.foods;

import java.util.Objects;

/** One level of a (multi-column) sort. */
public record SortKey(FoodColumn column, boolean ascending) {

    public static SortKey ascending(FoodColumn column) {
        return new SortKey(column, true);
    }

    public static SortKey descending(FoodColumn column) {
        return new SortKey(column, false);
    }

    /* Written out: used before the first full frame, where a record's generated one costs a method-handle set-up
     * (FirstFrameClassesTest). Every component counts (WrittenOutEqualityTest). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SortKey k && column == k.column && ascending == k.ascending;
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(column) + Boolean.hashCode(ascending);
    }
}
