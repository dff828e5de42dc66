package k2explorer.ui.foods;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import k2explorer.catalog.Portion;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.DailyTarget;

/**
 * Each row's coverage figures for the target shown, worked out once by {@link RowCoverage#figures} and kept by the
 * row's key (its food's id, or its family's), so a sort by a coverage column and the cells it fills read the same
 * figures without working them out again per row per sort. The figures depend on the target (its amount and the
 * forms it counts), the row's portion and the row itself: a different target empties the cache, a different portion
 * or a rebuilt row (a new catalog) replaces that row's entry, and {@link #clear} empties it on demand.
 * Plain Java; safe to call from any thread.
 */
final class RowCoverageCache {
    private record Entry(FoodRow row, Portion serving, CoverageFigures figures) {
    }

    private final Map<String, Entry> byKey = new HashMap<>();
    private DailyTarget target;

    /** The figures of a row for a target and the row's portion: the cached ones while all three are unchanged. */
    synchronized CoverageFigures figures(FoodRow row, DailyTarget t, Portion serving) {
        if (!Objects.equals(t, target)) {
            byKey.clear();
            target = t;
        }
        Entry e = byKey.get(row.key());
        if (e == null || e.row() != row || !Objects.equals(e.serving(), serving)) {
            e = new Entry(row, serving, RowCoverage.figures(row, t, serving));
            byKey.put(row.key(), e);
        }
        return e.figures();
    }

    /** Forgets every figure (a new catalog: the rows are rebuilt). */
    synchronized void clear() {
        byKey.clear();
    }

    /** How many rows have figures kept (for tests). */
    synchronized int size() {
        return byKey.size();
    }
}
