package k2explorer.ui.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.coverage.Coverage;
import k2explorer.coverage.DailyTarget;
import k2explorer.coverage.Reach;
import k2explorer.i18n.Messages;
import k2explorer.ui.coverage.ChartBar.FormGroup;
import k2explorer.ui.foods.FoodRow;

/** Works out the bars of the coverage chart from rows and a target. Plain Java: testable without a toolkit. */
public final class CoverageChartModel {

    /**
     * The bars to draw (fewest grams first), the foods that never reach the target (their counted forms were
     * measured as zero, assumed zero or not detected) and the foods that have no data for the counted forms.
     */
    public record Result(List<ChartBar> bars, List<String> never, List<String> noData) {
    }

    private CoverageChartModel() {
    }

    public static Result of(List<FoodRow> rows, DailyTarget target, int limit, Map<String, String> sourceLabels) {
        List<ChartBar> bars = new ArrayList<>();
        List<String> never = new ArrayList<>();
        List<String> noData = new ArrayList<>();
        if (target == null) {
            return new Result(bars, never, noData);
        }
        for (FoodRow row : rows) {
            Food food = row.food();
            Optional<Reach> grams = Coverage.gramsNeeded(food, target);
            if (grams.isEmpty()) {
                noData.add(food.name());
                continue;
            }
            if (!grams.get().reaches()) {
                never.add(food.name());
                continue;
            }
            boolean partial = target.counted().per100g(food).map(t -> t.partial()).orElse(false);
            double servingGrams = row.serving() == null ? -1 : row.serving().grams();
            String servingLabel = row.serving() == null ? Messages.get("compare.noHouseholdPortion")
                    : row.serving().label();
            bars.add(new ChartBar(food.id(), food.name(), grams.get().grams(), partial,
                    grams.get().kind() == Reach.Kind.AT_LEAST, mainForm(food, target),
                    servingGrams, servingLabel, sources(food, sourceLabels)));
        }
        bars.sort(Comparator.comparingDouble((ChartBar b) -> b.grams().midpoint()));
        return new Result(limit > 0 && bars.size() > limit ? List.copyOf(bars.subList(0, limit)) : bars, never,
                noData);
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
        return food.values().stream().map(KValue::sourceId).distinct().map(id -> labels.getOrDefault(id, id))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
