package k2explorer.ui.foods;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.FamilyCell;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.Numbers;
import k2explorer.catalog.Portion;
import k2explorer.coverage.Coverage;
import k2explorer.coverage.DailyTarget;
import k2explorer.export.CoverageCsvExporter;

/**
 * The coverage figures of table rows: the cells of the coverage columns and the lines of the coverage CSV, both from
 * the same figure — the counted amount of the member that stands for the row under the target (the one family rule,
 * {@link FoodRow#countedCell}) and the portion chosen for the row's food ({@link PortionChoices}).
 */
public final class CoverageLines {
    private CoverageLines() {
    }

    /** A coverage column's cell for a row, or empty when the target or the counted forms' data is missing. */
    public static Optional<ColumnValue> value(FoodRow row, FoodColumn column, DailyTarget t, Portion serving) {
        if (t == null) {
            return Optional.empty();
        }
        Optional<FormTotal> counted = row.counted(t.counted());
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        FormTotal total = counted.get();
        return switch (column) {
            case GRAMS_TO_TARGET -> Optional.of(ColumnValue.reach(Coverage.gramsNeeded(total.amount(), t),
                    total.partial(), total.includedForms(), total.notDetected()));
            case SERVINGS_TO_TARGET -> serving == null ? Optional.empty() : Optional.of(ColumnValue.reach(
                    Coverage.gramsNeeded(total.amount(), t).times(1 / serving.grams()), total.partial(),
                    total.includedForms(), total.notDetected()));
            case PERCENT_PER_SERVING -> serving == null ? Optional.empty() : Optional.of(ColumnValue.amount(
                    Coverage.percentPerServing(total.amount(), t, serving), total.partial(), total.includedForms(),
                    total.notDetected()));
            default -> Optional.empty();
        };
    }

    /** The comment line a coverage export starts with: what the figures were computed against. */
    public static String header(DailyTarget t, int rows, Catalog c) {
        return "K2 Explorer coverage table; target: " + (t == null ? "none"
                : t.label() + " = " + Numbers.plain(t.microgramsPerDay()) + " µg/day; counting: "
                + t.counted().label()) + "; basis: counted amount per 100 g, servings of the chosen household portion"
                + "; rows: " + rows + " foods shown in the Foods table; data: "
                + (c == null ? "not loaded" : c.version().display());
    }

    /** The rows in their order, with their coverage figures under {@code t}. */
    public static List<CoverageCsvExporter.Line> of(List<FoodRow> rows, DailyTarget t, PortionChoices portions) {
        return rows.stream().map(row -> line(row, t, portions.of(row))).toList();
    }

    private static CoverageCsvExporter.Line line(FoodRow row, DailyTarget t, Portion serving) {
        Optional<FamilyCell> cell = t == null ? Optional.empty() : row.countedCell(t.counted());
        Optional<FormTotal> counted = cell.map(FamilyCell::best);
        String bound = counted.map(c -> c.partial() ? "partial: counts " + c.includedLabel() + " only" : "exact")
                .orElse("no data");
        Food from = cell.map(FamilyCell::bestFood).orElse(row.food());
        return new CoverageCsvExporter.Line(from.id(), row.name(), from.group(),
                counted.map(c -> CoverageCsvExporter.amount(c.amount())).orElse(""),
                counted.map(c -> c.amount().state().code()).orElse(""),
                text(value(row, FoodColumn.GRAMS_TO_TARGET, t, serving), 1),
                text(value(row, FoodColumn.SERVINGS_TO_TARGET, t, serving), 2),
                text(value(row, FoodColumn.PERCENT_PER_SERVING, t, serving), 1),
                serving == null ? "" : serving.label(), bound, sources(row, from));
    }

    /** A family row names the member its figure comes from, and that member's sources. */
    private static String sources(FoodRow row, Food from) {
        if (row.family() == null) {
            return row.sourceLabels();
        }
        Set<String> ids = new TreeSet<>();
        ids.add(from.sourceId());
        from.values().forEach(v -> ids.add(v.sourceId()));
        return "figure from " + from.name() + " (" + String.join("; ", ids) + "); family: " + row.sourceLabels();
    }

    private static String text(Optional<ColumnValue> value, int digits) {
        return value.map(v -> v.reach() != null ? CoverageCsvExporter.reach(v.reach(), digits)
                : CoverageCsvExporter.amount(v.amount(), digits)).orElse("");
    }
}
