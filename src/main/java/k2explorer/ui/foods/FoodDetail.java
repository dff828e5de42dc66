package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueState;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;

/**
 * Everything the detail pane says about one food, as plain text and links, so it can be tested without a window.
 */
public record FoodDetail(
        String title,
        String subtitle,
        List<ValueLine> values,
        List<String> totals,
        List<String> nutrients,
        String familyName,
        List<RelatedFood> related,
        List<ReportedLine> reported,
        List<SourceLine> sources,
        String warfarinNote,
        List<String> figures) {

    private static final String MICROGRAMS = " µg";

    /** From this much vitamin K per 100 g the detail pane reminds warfarin users to keep intake steady. */
    static final double WARFARIN_NOTE_FROM_MICROGRAMS = 100;
    private static final String USDA_PREFIX = "usda:";

    /**
     * One value: form, amount per 100 g in its state (as in the source), per serving, by whom, and how it was
     * obtained — samples, SE, range, analytical or calculated, the studies behind it, the compiler's role, doubts.
     */
    public record ValueLine(String form, String amountPer100g, String perServing, String state, String sourceId,
                            String sourceLabel, String evidence, List<String> provenance, String note,
                            boolean calculated, boolean unpublished) {

        public ValueLine {
            provenance = List.copyOf(provenance);
        }
    }

    /** Another food of the same family (the same food in another source, or a close relative), side by side. */
    public record RelatedFood(String foodId, String name, String sourceLabel, String valuesSummary, boolean sameFood,
                              String note) {
    }

    public record ReportedLine(String measure, String value, String sourceLabel, String note) {
    }

    /** A source with its full citation, the address to open and what was actually read. */
    public record SourceLine(String id, String label, String citation, Optional<String> link, String whatWasRead,
                             List<String> cautions) {
    }

    /** The detail of a row shown with {@code serving} (the portion chosen for its food; null when it has none). */
    public static FoodDetail of(FoodRow row, Catalog catalog, Portion serving) {
        Food food = row.food();
        Set<String> sourceIds = new LinkedHashSet<>();
        List<ValueLine> values = new ArrayList<>();
        for (KValue v : food.values()) {
            sourceIds.add(v.sourceId());
            sourceIds.addAll(v.originIds());
            Amount amount = Amount.of(v);
            String perServing = serving == null ? AmountFormat.notApplicable()
                    : withUnit(amount.forGrams(serving.grams()));
            values.add(new ValueLine(formLabel(v), withUnit(amount), perServing,
                    EnumLabels.of(v.state()), v.sourceId(), label(catalog, v.sourceId()), EnumLabels.of(v.evidence()),
                    ValueProvenance.lines(v, catalog), v.note(), v.isCalculated(), v.isUnpublished()));
        }
        List<String> totals = new ArrayList<>();
        food.totalK2().ifPresent(t -> totals.add(totalLine(Messages.get("detail.totalK2"), t)));
        food.totalK().ifPresent(t -> totals.add(totalLine(Messages.get("detail.totalK"), t)));
        if (food.values().stream().anyMatch(KValue::isUnpublished)) {
            totals.add(Messages.get("detail.total.unpublishedLeftOut"));
        }
        List<String> nutrients = new ArrayList<>();
        for (Nutrient n : List.of(Nutrient.ENERGY, Nutrient.CALCIUM, Nutrient.MAGNESIUM, Nutrient.VITAMIN_D,
                Nutrient.PROTEIN, Nutrient.FAT, Nutrient.SODIUM)) {
            nutrients.add(Messages.get("detail.nutrient", EnumLabels.of(n), food.nutrient(n).isPresent()
                    ? Messages.get("detail.nutrient.per100g", AmountFormat.format(food.nutrient(n).getAsDouble()),
                    n.unit())
                    : Messages.get("detail.notMeasured")));
        }
        List<RelatedFood> related = new ArrayList<>();
        Optional<FoodFamily> family = catalog.family(food.familyId());
        for (Food other : catalog.sameFamily(food)) {
            related.add(new RelatedFood(other.id(), other.name(), label(catalog, other.sourceId()), summary(other),
                    family.map(f -> f.isSameFood(food.id()) && f.isSameFood(other.id())).orElse(false),
                    family.map(f -> f.notes().getOrDefault(other.id(), "")).orElse("")));
        }
        List<ReportedLine> reported = new ArrayList<>();
        for (ReportedMeasure r : food.reportedMeasures()) {
            sourceIds.add(r.sourceId());
            reported.add(new ReportedLine(r.measure(), r.value() + " " + r.unit().replace("ug", "µg")
                    + (r.valueKind().isEmpty() ? "" : " (" + r.valueKind() + ")"), label(catalog, r.sourceId()),
                    r.note()));
        }
        if (serving != null) {
            sourceIds.add(serving.sourceId());
        }
        sourceIds.add(food.sourceId());
        List<SourceLine> sources = new ArrayList<>();
        for (String id : sourceIds) {
            catalog.source(id).ifPresent(s -> sources.add(sourceLine(s, food)));
        }
        // The catalog's own ids ("my:a1eb…", "lit:…") are bookkeeping; the USDA number is one a reader can look up.
        String subtitle = usdaNumber(food) == null
                ? Messages.get("detail.subtitle", food.group(), EnumLabels.of(food.origin()))
                : Messages.get("detail.subtitle.usda", food.group(), EnumLabels.of(food.origin()), usdaNumber(food));
        if (row.family() != null) {
            subtitle = Messages.get("detail.familyRow", row.foods().size(), food.name(), label(catalog, food.sourceId()),
                    subtitle);
        }
        boolean rich = food.totalK().map(t -> t.amount().high() >= WARFARIN_NOTE_FROM_MICROGRAMS).orElse(false);
        String warfarin = rich ? Messages.get("detail.warfarin") : "";
        return new FoodDetail(row.name(), subtitle, values, totals, nutrients,
                family.map(FoodFamily::name).orElse(""), related, reported, sources, warfarin,
                figures(row, catalog));
    }

    /**
     * For a family row, which member each figure of the row comes from (the one family rule): "Total K: 179 µg
     * per 100 g from Hard cheese (K2viewer), of 3 sources giving 130.5–179".
     */
    static List<String> figures(FoodRow row, Catalog catalog) {
        List<String> lines = new ArrayList<>();
        if (row.family() == null) {
            return lines;
        }
        for (FoodColumn column : FoodColumn.values()) {
            if (!column.isAmount()) {
                continue;
            }
            row.cell(column).ifPresent(cell -> lines.add(Messages.get(cell.sources() == 1 ? "detail.figure.one"
                    : "detail.figure.many",
                    column.title().replace('\n', ' '), AmountFormat.format(cell.best().amount(), cell.best().partial()),
                    cell.bestFood().name(), label(catalog, cell.bestFood().sourceId()), cell.sources(),
                    AmountFormat.format(cell.spread(), cell.partial()))));
        }
        return lines;
    }

    /** The USDA NDB number of a USDA food ("usda:11233" → "11233"), null for other foods. */
    private static String usdaNumber(Food food) {
        return food.id().startsWith(USDA_PREFIX) ? food.id().substring(USDA_PREFIX.length()) : null;
    }

    private static SourceLine sourceLine(Source s, Food food) {
        List<String> cautions = new ArrayList<>();
        if (s.industryAffiliated()) {
            cautions.add(Messages.get("detail.caution.industry"));
        }
        if (s.kind() == SourceKind.SECONDARY) {
            cautions.add(Messages.get("detail.caution.secondary"));
        }
        if (s.caveat() != null && !s.caveat().isBlank()) {
            cautions.add(s.caveat());
        }
        String citation = s.citation();
        if (s.kind() == SourceKind.FOOD_COMPOSITION_DATABASE && usdaNumber(food) != null) {
            citation = Messages.get("detail.citation.usda", citation, usdaNumber(food));
        }
        return new SourceLine(s.id(), s.shortLabel(), citation, s.link(), s.whatWasRead() == null ? ""
                : s.whatWasRead(), cautions);
    }

    private static String totalLine(String what, FormTotal total) {
        String line = Messages.get(total.partial() ? "detail.total.partial" : "detail.total", what,
                AmountFormat.format(total.amount(), total.partial()), EnumLabels.sum(total.includedForms()));
        if (!total.notDetected().isEmpty()) {
            line += " " + Messages.get("detail.total.notDetected", total.notDetected().stream().sorted()
                    .map(EnumLabels::of).collect(Collectors.joining(", ")));
        }
        if (total.usesK2Total()) {
            line += " " + Messages.get("detail.total.k2Total");
        }
        return line;
    }

    /** "12.3 µg", "0 µg", "< 0.8 µg"; "n.d." has no amount and so no unit. */
    private static String withUnit(Amount amount) {
        return AmountFormat.format(amount) + (amount.state() == ValueState.NOT_DETECTED ? "" : MICROGRAMS);
    }

    private static String formLabel(KValue v) {
        return v.form() == KForm.K2_TOTAL ? Messages.get("detail.form.k2Total") : EnumLabels.of(v.form());
    }

    private static String summary(Food food) {
        if (food.values().isEmpty()) {
            return Messages.get(food.reportedMeasures().isEmpty() ? "detail.summary.none"
                    : "detail.summary.reportedOnly");
        }
        List<String> parts = new ArrayList<>();
        for (KValue v : food.values()) {
            parts.add(Messages.get(v.isUnpublished() ? "detail.value.short.unpublished" : "detail.value.short",
                    formLabel(v), AmountFormat.format(Amount.of(v))));
        }
        return Messages.get("detail.values.per100g", String.join("; ", parts));
    }

    private static String label(Catalog catalog, String sourceId) {
        return catalog.source(sourceId).map(Source::shortLabel).orElse(sourceId);
    }
}
