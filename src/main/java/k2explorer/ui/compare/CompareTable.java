package k2explorer.ui.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.FamilyCell;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueDoubt;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.DailyTarget;
import k2explorer.coverage.Reach;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;
import k2explorer.ui.foods.RowCoverage;

/** The side-by-side comparison as rows of text, one cell per compared food; "—" where nothing was measured. */
public final class CompareTable {

    /** One row of the comparison. */
    public record Line(String label, List<String> cells) {
    }

    private CompareTable() {
    }

    /**
     * The comparison of rows (single foods or whole families). A family's figures are those of the member that
     * stands for it by the one family rule, the same figures the table, chart and CSV show, with that member named.
     */
    public static List<Line> of(List<FoodRow> rows, Catalog catalog, DailyTarget target, PortionChoices portions) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(Messages.get("compare.row.source"), rows, r -> r.family() == null ? sources(r.food(), catalog)
                : Messages.get("compare.familySources", r.sourceLabels())));
        Set<KForm> forms = EnumSet.noneOf(KForm.class);
        rows.forEach(r -> r.foods().forEach(f -> f.values().forEach(v -> forms.add(v.form()))));
        lines.add(line(Messages.get("compare.row.serving"), rows, r -> portions.of(r) == null
                ? Messages.get("compare.noHouseholdPortion") : portions.of(r).label()));
        for (KForm form : forms) {
            lines.add(line(Messages.get("compare.row.per100g", EnumLabels.of(form)), rows,
                    r -> r.form(form).map(c -> fromMember(r, c, AmountFormat.format(c.best().amount())
                            + doubt(CoverageFigures.doubts(c.bestFood(), Set.of(form))), catalog))
                            .orElse(r.onlyUnpublished(Set.of(form)) ? Messages.get("cell.unpublished")
                                    : AmountFormat.NOT_MEASURED)));
            lines.add(line(Messages.get("compare.row.perServing", EnumLabels.of(form)), rows,
                    r -> perServing(r.form(form).map(c -> c.best().amount()), portions.of(r))));
            lines.add(line(Messages.get("compare.row.spread", EnumLabels.of(form)), rows,
                    r -> acrossSources(r.food(), form, catalog)));
        }
        lines.add(line(Messages.get("compare.row.totalK2"), rows, r -> total(r, r.cell(FoodColumn.TOTAL_K2), catalog)));
        lines.add(line(Messages.get("compare.row.totalK"), rows, r -> total(r, r.cell(FoodColumn.TOTAL_K), catalog)));
        if (target != null) {
            // The one coverage calculation, as the table, the chart and the CSV make it for the same row.
            Map<FoodRow, CoverageFigures> figures = new HashMap<>();
            rows.forEach(r -> figures.put(r, RowCoverage.figures(r, target, portions.of(r))));
            lines.add(line(Messages.get("compare.row.grams", target.label(), EnumLabels.of(target.counted())), rows,
                    r -> fromMember(r, figures.get(r), reach(figures.get(r).grams(), figures.get(r)), catalog)));
            lines.add(line(Messages.get("compare.row.servings"), rows,
                    r -> fromMember(r, figures.get(r), ofServing(reach(figures.get(r).servings(), figures.get(r)),
                            figures.get(r)), catalog)));
            lines.add(line(Messages.get("compare.row.percent"), rows,
                    r -> fromMember(r, figures.get(r), Optional.ofNullable(figures.get(r).percent())
                            .map(p -> ofServing(AmountFormat.format(p, figures.get(r).partial())
                                    + doubt(figures.get(r).doubts()), figures.get(r)))
                            .orElse(Messages.get(figures.get(r).measured() ? "compare.noPortion" : "compare.noData")),
                            catalog)));
        }
        for (Nutrient n : List.of(Nutrient.ENERGY, Nutrient.CALCIUM, Nutrient.MAGNESIUM, Nutrient.VITAMIN_D)) {
            lines.add(line(Messages.get("compare.row.nutrient", EnumLabels.of(n), n.unit()), rows,
                    r -> r.food().nutrient(n).isPresent() ? AmountFormat.format(r.food().nutrient(n).getAsDouble())
                            : AmountFormat.NOT_MEASURED));
        }
        return lines;
    }

    /** A family's figure says which member it comes from; a single food's is the text alone. */
    private static String fromMember(FoodRow r, FamilyCell cell, String text, Catalog catalog) {
        return fromMember(r, cell.bestFood(), text, catalog);
    }

    private static String fromMember(FoodRow r, CoverageFigures figures, String text, Catalog catalog) {
        return fromMember(r, figures.food(), text, catalog);
    }

    private static String fromMember(FoodRow r, Food member, String text, Catalog catalog) {
        if (r.family() == null) {
            return text;
        }
        String source = catalog.source(member.sourceId()).map(s -> s.shortLabel()).orElse(member.sourceId());
        return Messages.get("compare.fromMember", text, member.name(), source);
    }

    private static String total(FoodRow r, Optional<FamilyCell> cell, Catalog catalog) {
        return cell.map(c -> fromMember(r, c, total(c.bestFood(), Optional.of(c.best())), catalog))
                .orElse(AmountFormat.NOT_MEASURED);
    }

    private static Line line(String label, List<FoodRow> rows, Function<FoodRow, String> cell) {
        return new Line(label, rows.stream().map(cell).toList());
    }

    private static String perServing(Optional<Amount> per100g, Portion serving) {
        if (per100g.isEmpty()) {
            return AmountFormat.NOT_MEASURED;
        }
        return serving == null ? Messages.get("compare.noPortion")
                : AmountFormat.format(per100g.get().forGrams(serving.grams()));
    }

    private static String total(Food food, Optional<FormTotal> total) {
        return total.map(t -> (t.partial()
                ? Messages.get("compare.total.partial", AmountFormat.format(t.amount(), true), EnumLabels.sum(t.includedForms()))
                : AmountFormat.format(t.amount(), false)) + doubt(CoverageFigures.doubts(food, t.includedForms(), true)))
                .orElse(AmountFormat.NOT_MEASURED);
    }

    private static String reach(Reach value, CoverageFigures figures) {
        return value == null ? Messages.get(figures.measured() ? "compare.noPortion" : "compare.noData")
                : AmountFormat.format(value, figures.partial()) + doubt(figures.doubts());
    }

    /** A figure per serving says which serving: a 40 g pack and a 175 g cup read very differently. */
    private static String ofServing(String text, CoverageFigures figures) {
        return figures.serving() == null || figures.percent() == null && figures.servings() == null ? text
                : Messages.get("compare.ofServing", text, figures.serving().label());
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
