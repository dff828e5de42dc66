package k2explorer.ui.foods;

import java.util.Optional;
import k2explorer.catalog.Portion;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.DailyTarget;

/**
 * The coverage figures of a table row, from the one calculation ({@link CoverageFigures}): for the member that stands
 * for the row under the target's counted forms (the one family rule, {@link FoodRow#countedCell}) and the portion
 * chosen for the row's food ({@link PortionChoices}). The table's coverage cells and Compare read it; the chart and
 * the coverage CSV get the same figures through {@code CoverageTable}.
 */
public final class RowCoverage {
    private RowCoverage() {
    }

    /** The figures of a row for a target, with the row's portion. */
    public static CoverageFigures figures(FoodRow row, DailyTarget t, Portion serving) {
        return row.countedCell(t.counted())
                .map(c -> CoverageFigures.of(c.bestFood(), Optional.of(c.best()), t, serving))
                .orElseGet(() -> CoverageFigures.of(row.food(), Optional.empty(), t, serving));
    }

    /** A coverage column's cell for a row, or empty when the target or the counted forms' data is missing. */
    public static Optional<ColumnValue> value(FoodRow row, FoodColumn column, DailyTarget t, Portion serving) {
        return t == null ? Optional.empty() : value(row, column, figures(row, t, serving));
    }

    /** A coverage column's cell from a row's figures (worked out, or kept by {@link RowCoverageCache}). */
    static Optional<ColumnValue> value(FoodRow row, FoodColumn column, CoverageFigures figures) {
        if (!figures.measured()) {
            return Optional.empty();
        }
        Optional<ColumnValue> cell = switch (column) {
            case GRAMS_TO_TARGET -> Optional.of(ColumnValue.coverage(figures, figures.grams(), null));
            case SERVINGS_TO_TARGET -> figures.servings() == null ? Optional.empty()
                    : Optional.of(ColumnValue.coverage(figures, figures.servings(), null));
            case PERCENT_PER_SERVING -> figures.percent() == null ? Optional.empty()
                    : Optional.of(ColumnValue.coverage(figures, null, figures.percent()));
            default -> Optional.empty();
        };
        return row.family() == null ? cell : cell.map(v -> v.from(figures.food()));
    }
}
