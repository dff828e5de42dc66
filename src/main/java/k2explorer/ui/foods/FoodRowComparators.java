package k2explorer.ui.foods;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import k2explorer.catalog.Portion;

/**
 * Builds the table's row order. Missing amounts always sort after present ones, ascending or descending:
 * "not measured" is not a small number.
 */
public final class FoodRowComparators {
    private static final Collator TEXT = Collator.getInstance();

    static {
        TEXT.setStrength(Collator.PRIMARY);
    }

    private FoodRowComparators() {
    }

    /** Reads the number a row shows in a numeric column under the current settings. */
    @FunctionalInterface
    public interface Values {
        Optional<ColumnValue> value(FoodRow row, FoodColumn column);
    }

    /** The comparator for a sort order; with no keys, rows keep catalog order. */
    public static Comparator<FoodRow> of(List<SortKey> keys, Values values) {
        Comparator<FoodRow> result = null;
        for (SortKey key : keys) {
            Comparator<FoodRow> next = forKey(key, values);
            result = result == null ? next : result.thenComparing(next);
        }
        return result;
    }

    static Comparator<FoodRow> forKey(SortKey key, Values values) {
        FoodColumn column = key.column();
        if (column.isNumeric()) {
            return (a, b) -> compareMissingLast(number(a, column, values), number(b, column, values),
                    key.ascending());
        }
        Comparator<FoodRow> text = switch (column) {
            case NAME -> Comparator.comparing(r -> r.food().name(), TEXT);
            case GROUP -> Comparator.comparing(r -> r.food().group(), TEXT);
            case SOURCES -> Comparator.comparing(FoodRow::sourceLabels, TEXT);
            default -> throw new IllegalArgumentException(column.name());
        };
        return key.ascending() ? text : text.reversed();
    }

    /** The number a row sorts by in a numeric column: the amount's midpoint, or the serving's grams. */
    private static OptionalDouble number(FoodRow row, FoodColumn column, Values values) {
        if (column == FoodColumn.SERVING) {
            Portion p = row.serving();
            return p == null ? OptionalDouble.empty() : OptionalDouble.of(p.grams());
        }
        return values.value(row, column).map(v -> OptionalDouble.of(v.sortKey())).orElse(OptionalDouble.empty());
    }

    private static int compareMissingLast(OptionalDouble a, OptionalDouble b, boolean ascending) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        int order = Double.compare(a.getAsDouble(), b.getAsDouble());
        return ascending ? order : -order;
    }
}
