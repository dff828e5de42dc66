package k2explorer.ui.foods;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import k2explorer.catalog.KForm;
import k2explorer.catalog.SearchText;

/**
 * The Foods table's search and filters, applied to the rows in their sort order, which they keep (typing never
 * re-sorts). Results of the queries typed on the way to the current one are kept, so narrowing a query filters the
 * last result and backspace reuses an earlier one. Plain Java, used on one thread.
 */
final class RowFilter {
    private static final int PARALLEL_THRESHOLD = 50_000;

    /** The rows one filter state lets through, with that state. */
    private record Result(SearchText.Query query, String group, KForm form, boolean k2, List<FoodRow> rows) {

        boolean sameFilters(String g, KForm f, boolean onlyK2) {
            return Objects.equals(group, g) && form == f && k2 == onlyK2;
        }
    }

    private final ArrayDeque<Result> narrowing = new ArrayDeque<>();
    private Result current;

    /** Forgets earlier results: the rows or their order changed. */
    void reset() {
        narrowing.clear();
        current = null;
    }

    /** The rows of {@code sortedAll} (in its order) that the query and filters let through. */
    List<FoodRow> apply(List<FoodRow> sortedAll, SearchText.Query query, String wantedGroup, KForm wantedForm,
                        boolean k2) {
        // Backspace: a query typed on the way here already has its result.
        while (!narrowing.isEmpty() && !(narrowing.peek().sameFilters(wantedGroup, wantedForm, k2)
                && query.narrows(narrowing.peek().query()))) {
            narrowing.pop();
        }
        Result base = current != null && current.sameFilters(wantedGroup, wantedForm, k2)
                && query.narrows(current.query()) ? current : narrowing.peek();
        if (base != null && base.query().text().equals(query.text()) && base != current) {
            current = base;
            narrowing.pop();
            return base.rows();
        }
        List<FoodRow> from = base == null ? sortedAll : base.rows();
        List<FoodRow> result;
        if (!narrows(query, wantedGroup, wantedForm, k2)) {
            result = sortedAll;
        } else {
            Predicate<FoodRow> keep = row -> row.matches(query)
                    && (wantedGroup == null || row.inGroup(wantedGroup))
                    && (wantedForm == null || row.hasForm(wantedForm))
                    && (!k2 || row.hasMeasuredK2());
            result = filterInOrder(from, keep);
        }
        if (current != null && base == current) {
            narrowing.push(current);
        }
        current = new Result(query, wantedGroup, wantedForm, k2, List.copyOf(result));
        return current.rows();
    }

    /** Whether the query or a filter lets fewer than all rows through (false: no search, no filter). */
    static boolean narrows(SearchText.Query query, String wantedGroup, KForm wantedForm, boolean k2) {
        return !query.isEmpty() || wantedGroup != null || wantedForm != null || k2;
    }

    /** Keeps the order of {@code from}; large lists are tested on all cores (the order is restored after). */
    static List<FoodRow> filterInOrder(List<FoodRow> from, Predicate<FoodRow> keep) {
        int n = from.size();
        List<FoodRow> result = new ArrayList<>();
        if (n < PARALLEL_THRESHOLD) {
            for (FoodRow row : from) {
                if (keep.test(row)) {
                    result.add(row);
                }
            }
            return result;
        }
        boolean[] kept = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> kept[i] = keep.test(from.get(i)));
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                result.add(from.get(i));
            }
        }
        return result;
    }
}
