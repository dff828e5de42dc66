package k2explorer.ui.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import k2explorer.catalog.FamilyCell;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.Portion;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.coverage.Coverage;
import k2explorer.coverage.DailyTarget;
import k2explorer.coverage.Reach;
import k2explorer.i18n.Messages;
import k2explorer.ui.coverage.ChartBar.FormGroup;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;

/** Works out the bars of the coverage chart from rows and a target. Plain Java: testable without a toolkit. */
public final class CoverageChartModel {

    /** What the chart ranks by: grams of the food, or servings of its household portion. */
    public enum RankBy {
        GRAMS,
        SERVINGS;

        public String label() {
            return Messages.label(this);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * How the top list is chosen: by grams or servings, and whether foods left out of rankings (fortified,
     * experimental, special products, dried herbs) take part.
     */
    public record Ranking(RankBy by, boolean includeExcluded) {
        public static final Ranking DEFAULT = new Ranking(RankBy.GRAMS, false);
    }

    /**
     * The bars to draw (fewest grams or servings first), the foods that never reach the target (their counted forms were
     * measured as zero, assumed zero or not detected) and the foods that have no data for the counted forms.
     */
    public record Result(List<ChartBar> bars, List<String> never, List<String> noData, List<String> noServing,
                         int leftOut) {
    }

    private CoverageChartModel() {
    }

    /**
     * The chart of the rows under a target. A row's figure is the counted amount of the member that stands for it
     * (the one family rule, {@link FoodRow#countedCell}), with the portion chosen for the row's food: the same figure
     * the table, Compare and the CSV show.
     */
    public static Result of(List<FoodRow> rows, DailyTarget target, int limit, Map<String, String> sourceLabels,
                            Ranking ranking, PortionChoices portions) {
        List<ChartBar> bars = new ArrayList<>();
        List<String> never = new ArrayList<>();
        List<String> noData = new ArrayList<>();
        List<String> noServing = new ArrayList<>();
        int leftOut = 0;
        if (target == null) {
            return new Result(bars, never, noData, noServing, leftOut);
        }
        for (FoodRow row : rows) {
            Optional<FamilyCell> cell = row.countedCell(target.counted());
            Food food = cell.map(FamilyCell::bestFood).orElse(row.food());
            if (food.excludedFromRankings() && !ranking.includeExcluded()) {
                leftOut++;
                continue;
            }
            String name = named(row, food, sourceLabels);
            if (cell.isEmpty()) {
                noData.add(name);
                continue;
            }
            FormTotal counted = cell.get().best();
            Reach grams = Coverage.gramsNeeded(counted.amount(), target);
            if (!grams.reaches()) {
                never.add(name);
                continue;
            }
            Portion serving = portions.of(row);
            if (ranking.by() == RankBy.SERVINGS && serving == null) {
                noServing.add(name);
                continue;
            }
            double servingGrams = serving == null ? -1 : serving.grams();
            String servingLabel = serving == null ? Messages.get("compare.noHouseholdPortion") : serving.label();
            bars.add(new ChartBar(food.id(), row.name(), grams.grams(), counted.partial(),
                    grams.kind() == Reach.Kind.AT_LEAST, mainForm(food, target),
                    servingGrams, servingLabel, sources(food, sourceLabels)));
        }
        bars.sort(Comparator.comparingDouble((ChartBar b) -> ranking.by() == RankBy.SERVINGS
                ? b.servings().midpoint() : b.grams().midpoint()));
        return new Result(limit > 0 && bars.size() > limit ? List.copyOf(bars.subList(0, limit)) : bars, never,
                noData, noServing, leftOut);
    }

    /** A food named outside the table, with the source its figure comes from: "Natto (USDA SR)". */
    private static String named(FoodRow row, Food from, Map<String, String> labels) {
        String sources = sources(from, labels);
        return sources.isEmpty() ? row.name() : Messages.get("coverage.bar.withSource", row.name(), sources);
    }

    /** The counted form that contributes most to the food's amount. */
    static FormGroup mainForm(Food food, DailyTarget target) {
        Map<FormGroup, Double> byGroup = new EnumMap<>(FormGroup.class);
        var counted = target.counted().per100g(food).orElseThrow().includedForms();
        for (KForm form : counted) {
            food.amount(form).ifPresent(a -> byGroup.merge(group(form), a.range().midpoint(), Double::sum));
        }
        return byGroup.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(FormGroup.K1);
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

    private static String sources(Food food, Map<String, String> labels) {
        return (food.values().isEmpty() ? java.util.stream.Stream.of(food.sourceId())
                : food.values().stream().map(KValue::sourceId)).distinct().map(id -> labels.getOrDefault(id, id))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
