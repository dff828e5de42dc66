package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.EvidenceRank;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;

/**
 * Puts rows in the table's order. Missing amounts always sort after present ones, ascending or descending:
 * "not measured" is not a small number.
 */
public final class FoodRowComparators {
    private FoodRowComparators() {
    }

    /** Reads the number a row shows in a numeric column under the current settings. */
    @FunctionalInterface
    public interface Values {
        Optional<ColumnValue> value(FoodRow row, FoodColumn column);

        /** The portion a row is shown with (sorts the Serving column); none unless told. */
        default Portion portion(FoodRow row) {
            return null;
        }

        /**
         * The number a row sorts by in a numeric column, NaN when it has none: the value's {@link
         * ColumnValue#sortKey()}, or the serving's grams. An implementation may give the same number faster.
         */
        default double sortNumber(FoodRow row, FoodColumn column) {
            if (column == FoodColumn.SERVING) {
                Portion p = portion(row);
                return p == null ? Double.NaN : p.grams();
            }
            Optional<ColumnValue> v = value(row, column);
            return v.isPresent() ? v.get().sortKey() : Double.NaN;
        }
    }

    /**
     * Rows in the given order. Each row's sort values are worked out once (not once per comparison), so a sort by
     * a computed figure or by name costs one pass plus the comparisons of plain numbers and strings.
     */
    public static List<FoodRow> sorted(List<FoodRow> rows, List<SortKey> keys, Values values) {
        return sorted(rows, keys, values, false);
    }

    /**
     * With {@code everydayFirst}, a sort by a number puts fortified, experimental and special products and foods
     * with only reported totals after the other rows that have a value (not measured stays last of all), in both
     * directions, so a ranking starts with foods people eat.
     */
    public static List<FoodRow> sorted(List<FoodRow> rows, List<SortKey> keys, Values values,
                                       boolean everydayFirst) {
        if (keys.isEmpty()) {
            return new ArrayList<>(rows);
        }
        boolean sink = everydayFirst && keys.get(0).column().isNumeric();
        int n = rows.size();
        Object[] columns = new Object[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            FoodColumn column = keys.get(k).column();
            if (column.isNumeric()) {
                double[] numbers = new double[n];
                for (int i = 0; i < n; i++) {
                    numbers[i] = values.sortNumber(rows.get(i), column);
                }
                columns[k] = numbers;
            } else {
                String[] texts = new String[n];
                for (int i = 0; i < n; i++) {
                    texts[i] = rows.get(i).textKey(column);
                }
                columns[k] = texts;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean[] special = new boolean[n];
        for (int i = 0; i < n && sink; i++) {
            special[i] = rows.get(i).excludedFromRankings() || rows.get(i).reportedOnly();
        }
        double[] first = sink ? (double[]) columns[0] : null;
        Arrays.sort(order, (a, b) -> {
            // Not measured stays last of all; special products come after the everyday foods that have a value.
            if (sink && Double.isNaN(first[a]) == Double.isNaN(first[b]) && special[a] != special[b]) {
                return special[a] ? 1 : -1;
            }
            for (int k = 0; k < keys.size(); k++) {
                boolean ascending = keys.get(k).ascending();
                int c;
                if (columns[k] instanceof double[] numbers) {
                    double x = numbers[a];
                    double y = numbers[b];
                    boolean xMissing = Double.isNaN(x);
                    boolean yMissing = Double.isNaN(y);
                    c = xMissing || yMissing ? Boolean.compare(xMissing, yMissing)
                            : (ascending ? Double.compare(x, y) : Double.compare(y, x));
                } else {
                    String[] texts = (String[]) columns[k];
                    c = ascending ? texts[a].compareTo(texts[b]) : texts[b].compareTo(texts[a]);
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        List<FoodRow> result = new ArrayList<>(n);
        for (Integer i : order) {
            result.add(rows.get(i));
        }
        return result;
    }

    /**
     * By name; among foods of the same name, the best-supported first: the one whose total vitamin K covers most
     * forms, then the strongest evidence ({@link EvidenceRank}); products left out of rankings after the others.
     */
    public static List<FoodRow> inPickerOrder(List<FoodRow> rows) {
        // Each row's key is worked out once (its total vitamin K adds up the forms), not twice per comparison.
        return rows.stream().map(PickerKey::of).sorted(PickerKey.ORDER).map(PickerKey::row).toList();
    }

    /** What the picker sorts a row by, computed once per row. */
    private record PickerKey(FoodRow row, String name, boolean excluded, int formsMeasured, int evidence, String id) {
        static final Comparator<PickerKey> ORDER = Comparator
                .comparing(PickerKey::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(PickerKey::excluded)
                .thenComparingInt(k -> -k.formsMeasured())
                .thenComparingInt(PickerKey::evidence)
                .thenComparing(PickerKey::id);

        static PickerKey of(FoodRow row) {
            Food food = row.food();
            Set<KForm> included = food.totalK().map(FormTotal::includedForms).orElse(Set.of());
            return new PickerKey(row, food.name(), food.excludedFromRankings(), included.size(),
                    EvidenceRank.of(food, included), food.id());
        }
    }
}
