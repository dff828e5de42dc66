package k2explorer.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueDoubt;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.Reach;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;
import k2explorer.ui.AmountFormat;
import k2explorer.ui.coverage.CoverageChartModel;
import k2explorer.ui.foods.FoodRow;

/** The side-by-side comparison as rows of text, one cell per compared food; "—" where nothing was measured. */
public final class CompareTable {

    /** One row of the comparison. */
    public record Line(String label, List<String> cells) {
    }

    private CompareTable() {
    }

    public static List<Line> of(List<FoodRow> rows, Catalog catalog, DailyTarget target) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(Messages.get("compare.row.source"), rows, r -> sources(r.food(), catalog)));
        Set<KForm> forms = EnumSet.noneOf(KForm.class);
        rows.forEach(r -> r.food().values().forEach(v -> forms.add(v.form())));
        lines.add(line(Messages.get("compare.row.serving"), rows, r -> r.serving() == null
                ? Messages.get("compare.noHouseholdPortion") : r.serving().label()));
        for (KForm form : forms) {
            lines.add(line(Messages.get("compare.row.per100g", form.label()), rows,
                    r -> r.food().amount(form).map(a -> AmountFormat.format(a) + doubt(CoverageFigures.doubts(r.food(),
                            Set.of(form)))).orElse(r.food().onlyUnpublished(form) ? Messages.get("cell.unpublished")
                            : AmountFormat.NOT_MEASURED)));
            lines.add(line(Messages.get("compare.row.perServing", form.label()), rows,
                    r -> perServing(r.food().amount(form), r.serving())));
            lines.add(line(Messages.get("compare.row.spread", form.label()), rows,
                    r -> acrossSources(r.food(), form, catalog)));
        }
        lines.add(line(Messages.get("compare.row.totalK2"), rows, r -> total(r.food(), r.food().totalK2())));
        lines.add(line(Messages.get("compare.row.totalK"), rows, r -> total(r.food(), r.food().totalK())));
        if (target != null) {
            // The one coverage calculation, as the table, the chart and the CSV make it for the same row.
            Map<FoodRow, CoverageFigures> figures = new HashMap<>();
            rows.forEach(r -> figures.put(r, CoverageChartModel.entry(r, target, Map.of()).figures()));
            lines.add(line(Messages.get("compare.row.grams", target.label(), target.counted().label()), rows,
                    r -> reach(figures.get(r).grams(), figures.get(r))));
            lines.add(line(Messages.get("compare.row.servings"), rows,
                    r -> reach(figures.get(r).servings(), figures.get(r))));
            lines.add(line(Messages.get("compare.row.percent"), rows,
                    r -> Optional.ofNullable(figures.get(r).percent())
                            .map(p -> AmountFormat.format(p, figures.get(r).partial()) + doubt(figures.get(r).doubts()))
                            .orElse(Messages.get("compare.noData"))));
        }
        for (Nutrient n : List.of(Nutrient.ENERGY, Nutrient.CALCIUM, Nutrient.MAGNESIUM, Nutrient.VITAMIN_D)) {
            lines.add(line(Messages.get("compare.row.nutrient", n.label(), n.unit()), rows,
                    r -> r.food().nutrient(n).isPresent() ? AmountFormat.format(r.food().nutrient(n).getAsDouble())
                            : AmountFormat.NOT_MEASURED));
        }
        return lines;
    }

    private static Line line(String label, List<FoodRow> rows, Function<FoodRow, String> cell) {
        return new Line(label, rows.stream().map(cell).toList());
    }

    private static String perServing(Optional<Amount> per100g, Portion serving) {
        if (per100g.isEmpty()) {
            return AmountFormat.NOT_MEASURED;
        }
        return serving == null ? Messages.get("compare.noPortion")
                : AmountFormat.format(per100g.get().times(serving.grams() / 100));
    }

    private static String total(Food food, Optional<FormTotal> total) {
        return total.map(t -> (t.partial()
                ? Messages.get("compare.total.partial", AmountFormat.format(t.amount(), true), t.includedLabel())
                : AmountFormat.format(t.amount(), false)) + doubt(CoverageFigures.doubts(food, t.includedForms(), true)))
                .orElse(AmountFormat.NOT_MEASURED);
    }

    private static String reach(Reach value, CoverageFigures figures) {
        return value == null ? Messages.get("compare.noData")
                : AmountFormat.format(value, figures.partial()) + doubt(figures.doubts());
    }

    /** "†" after a figure made of values with a known doubt (named in the food's detail and in the tooltip). */
    private static String doubt(Set<ValueDoubt> doubts) {
        return doubts.isEmpty() ? "" : AmountFormat.NO_BREAK + "†";
    }

    /**
     * The spread of one form over every source that measured the same food (the food and the foods linked to it as
     * the same food), so disagreement between papers is visible rather than hidden behind one number.
     */
    static String acrossSources(Food food, KForm form, Catalog catalog) {
        Amount spread = null;
        int sources = 0;
        for (Food f : sameFood(food, catalog)) {
            Optional<Amount> a = f.amount(form);
            if (a.isPresent()) {
                spread = spread == null ? a.get() : spread.spreadWith(a.get());
                sources++;
            }
        }
        if (spread == null) {
            return AmountFormat.NOT_MEASURED;
        }
        return Messages.get(sources == 1 ? "compare.spread.one" : "compare.spread.many", AmountFormat.format(spread),
                sources);
    }

    /** The food and every other food of its family (same food in other sources, or close relatives). */
    static List<Food> sameFood(Food start, Catalog catalog) {
        List<Food> all = new ArrayList<>();
        all.add(start);
        all.addAll(catalog.sameFamily(start));
        return all;
    }

    private static String sources(Food food, Catalog catalog) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(food.sourceId());
        food.values().forEach(v -> ids.add(v.sourceId()));
        return String.join("; ", ids.stream().map(id -> catalog.source(id).map(s -> s.shortLabel()).orElse(id))
                .toList());
    }
}
