package k2explorer.ui.coverage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodNames;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Portion;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.CoverageTable;
import k2explorer.coverage.DailyTarget;
import k2explorer.coverage.Reach;
import k2explorer.export.CoverageCsv;
import k2explorer.i18n.Messages;
import k2explorer.ui.coverage.ChartBar.FormGroup;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;

/**
 * Works out the bars of the coverage chart from rows and a target, through {@link CoverageTable} (the ranking the
 * coverage CSV writes too). Plain Java: testable without a toolkit.
 */
public final class CoverageChartModel {

    /** What the chart ranks by: grams of the food, or servings of its household portion. */
    public enum RankBy {
        GRAMS,
        SERVINGS
    }

    /**
     * How the top list is chosen: by grams or servings, and whether foods left out of rankings (fortified,
     * experimental, special products, dried herbs) take part.
     */
    public record Ranking(RankBy by, boolean includeExcluded) {
        public static final Ranking DEFAULT = new Ranking(RankBy.GRAMS, false);
    }

    /**
     * The bars to draw (fewest grams or servings first) and the names of the foods that get none, by why: never
     * (every counted form measured as zero or not detected), none in the forms measured, an assumed zero, no data,
     * no household portion; and how many were left out of the ranking.
     */
    public record Result(List<ChartBar> bars, List<String> never, List<String> noneInFormsMeasured,
                         List<String> assumedZero, List<String> noData, List<String> noServing, int leftOut) {
    }

    private CoverageChartModel() {
    }

    /**
     * The entry of a table row: a food on its own, or a family standing on its member for the counted forms (the one
     * family rule), each with the portion chosen for the row's food — the figures the table and Compare show.
     */
    public static CoverageTable.Entry entry(FoodRow row, DailyTarget target, Map<String, String> sourceLabels,
                                            PortionChoices portions) {
        Portion serving = portions.of(row);
        return row.family() == null ? CoverageTable.single(row.food(), serving, target, sourceLabels)
                : CoverageTable.familyEntry(row.name(), row.foods(), row.food(), serving, target, sourceLabels);
    }

    /** The ranking of rows for a target (all of them, in order). */
    public static CoverageTable.Ranked ranked(List<FoodRow> rows, DailyTarget target,
                                              Map<String, String> sourceLabels, Ranking ranking,
                                              PortionChoices portions) {
        List<CoverageTable.Entry> entries = rows.stream().map(r -> entry(r, target, sourceLabels, portions)).toList();
        return CoverageTable.rank(entries, ranking.by() == RankBy.SERVINGS, ranking.includeExcluded());
    }

    public static Result of(List<FoodRow> rows, DailyTarget target, int limit, Map<String, String> sourceLabels,
                            Ranking ranking, PortionChoices portions) {
        if (target == null) {
            return new Result(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0);
        }
        CoverageTable.Ranked ranked = ranked(rows, target, sourceLabels, ranking, portions);
        List<ChartBar> bars = new ArrayList<>();
        for (CoverageTable.Entry e : ranked.reaching()) {
            if (limit > 0 && bars.size() >= limit) {
                break;
            }
            CoverageFigures f = e.figures();
            double servingGrams = f.serving() == null ? -1 : f.serving().grams();
            String servingLabel = f.serving() == null ? Messages.get("compare.noHouseholdPortion")
                    : f.serving().label();
            bars.add(new ChartBar(e.food().id(), named(e, sourceLabels), f.grams().grams(), f.partial(),
                    f.grams().kind() == Reach.Kind.AT_LEAST, mainForm(f), servingGrams, servingLabel, e.sources(),
                    f.doubts(), f));
        }
        return new Result(bars, names(ranked.never(), sourceLabels), names(ranked.noneInFormsMeasured(), sourceLabels),
                names(ranked.assumedZero(), sourceLabels), names(ranked.noData(), sourceLabels),
                names(ranked.noServing(), sourceLabels), ranked.leftOut());
    }

    /** The Coverage tab's table as a file: the whole ranking (not only the bars drawn), with the settings named. */
    public static CoverageCsv.Table csv(List<FoodRow> rows, DailyTarget target, Catalog catalog,
                                                boolean oneRowPerFood, Ranking ranking, PortionChoices portions) {
        Map<String, String> labels = FoodNames.labels(catalog);
        CoverageTable.Settings settings = new CoverageTable.Settings(target, oneRowPerFood,
                ranking.by() == RankBy.SERVINGS, ranking.includeExcluded());
        return CoverageCsv.table(ranked(rows, target, labels, ranking, portions), settings,
                catalog == null ? "not loaded" : catalog.version().display());
    }

    private static List<String> names(List<CoverageTable.Entry> entries, Map<String, String> labels) {
        return entries.stream().map(e -> named(e, labels)).toList();
    }

    /**
     * A food named outside the table goes with the source its figure comes from: "Natto (USDA SR28)"; a family row
     * names the source of the member that stands for it.
     */
    static String named(CoverageTable.Entry e, Map<String, String> labels) {
        return Messages.get("coverage.bar.withSource", e.name(), FoodNames.sourceLabels(e.food(), labels));
    }

    /** The counted form that contributes most to the food's amount. */
    static FormGroup mainForm(CoverageFigures figures) {
        Map<FormGroup, Double> byGroup = new EnumMap<>(FormGroup.class);
        Food food = figures.food();
        for (KForm form : figures.counted().includedForms()) {
            food.amount(form).ifPresent(a -> byGroup.merge(group(form), a.range().midpoint(), Double::sum));
        }
        return byGroup.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(FormGroup.K1);
    }

    /** The counted form that contributes most to the food's amount. */
    static FormGroup mainForm(Food food, DailyTarget target) {
        return mainForm(CoverageFigures.of(food, target, null));
    }

    static FormGroup group(KForm form) {
        return switch (form) {
            case K1, DIHYDRO_K1 -> FormGroup.K1;
            case K2_TOTAL -> FormGroup.K2_TOTAL;
            case MK4 -> FormGroup.MK4;
            case MK7 -> FormGroup.MK7;
            default -> FormGroup.OTHER_MK;
        };
    }
}
