package k2explorer.ui.foods;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.FormTotal;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Numbers;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.i18n.Messages;
import k2explorer.ui.AmountFormat;

/**
 * Everything the detail pane says about one food, as plain text and links, so it can be tested without a window.
 */
public record FoodDetail(
        String title,
        String subtitle,
        List<ValueLine> values,
        List<String> totals,
        List<String> nutrients,
        List<RelatedFood> related,
        List<ReportedLine> reported,
        List<SourceLine> sources,
        String warfarinNote) {

    /** From this much vitamin K per 100 g the detail pane reminds warfarin users to keep intake steady. */
    static final double WARFARIN_NOTE_FROM_MICROGRAMS = 100;
    private static final String USDA_PREFIX = "usda:";

    /** One measured value: form, amount per 100 g (as in the source), how it was reported, and by whom. */
    public record ValueLine(String form, String amountPer100g, String perServing, String kind, String samples,
                            String sourceId, String sourceLabel, String evidence, String note) {
    }

    /** The same food in another source, shown side by side rather than merged. */
    public record RelatedFood(String foodId, String name, String sourceLabel, String valuesSummary) {
    }

    public record ReportedLine(String measure, String value, String sourceLabel, String note) {
    }

    /** A source with its full citation, the address to open and what was actually read. */
    public record SourceLine(String id, String label, String citation, Optional<String> link, String whatWasRead,
                             List<String> cautions) {
    }

    public static FoodDetail of(FoodRow row, Catalog catalog) {
        Food food = row.food();
        Portion serving = row.serving();
        Set<String> sourceIds = new LinkedHashSet<>();
        List<ValueLine> values = new ArrayList<>();
        for (KValue v : food.values()) {
            sourceIds.add(v.sourceId());
            String perServing = serving == null ? AmountFormat.NOT_MEASURED
                    : AmountFormat.format(v.microgramsPer100g() * serving.grams() / 100) + " µg";
            values.add(new ValueLine(v.form().label(), Numbers.plain(v.microgramsPer100g()) + " µg", perServing,
                    v.kind().description(), v.samples(), v.sourceId(), label(catalog, v.sourceId()),
                    v.evidence().description(), v.note()));
        }
        List<String> totals = new ArrayList<>();
        food.totalK2().ifPresent(t -> totals.add(totalLine(Messages.get("detail.totalK2"), t)));
        food.totalK().ifPresent(t -> totals.add(totalLine(Messages.get("detail.totalK"), t)));
        List<String> nutrients = new ArrayList<>();
        for (Nutrient n : List.of(Nutrient.ENERGY, Nutrient.CALCIUM, Nutrient.MAGNESIUM, Nutrient.VITAMIN_D,
                Nutrient.PROTEIN, Nutrient.FAT, Nutrient.SODIUM)) {
            nutrients.add(Messages.get("detail.nutrient", n.label(), food.nutrient(n).isPresent()
                    ? Messages.get("detail.nutrient.per100g", AmountFormat.format(food.nutrient(n).getAsDouble()),
                    n.unit())
                    : Messages.get("detail.notMeasured")));
        }
        List<RelatedFood> related = new ArrayList<>();
        for (String id : food.relatedFoodIds()) {
            catalog.food(id).ifPresent(other -> related.add(new RelatedFood(other.id(), other.name(),
                    label(catalog, other.sourceId()), summary(other))));
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
        String subtitle = usdaNumber(food) == null
                ? Messages.get("detail.subtitle", food.group(), food.origin().label(), food.id())
                : Messages.get("detail.subtitle.usda", food.group(), food.origin().label(), usdaNumber(food),
                food.id());
        boolean rich = food.totalK().map(t -> t.amount().high() >= WARFARIN_NOTE_FROM_MICROGRAMS).orElse(false);
        String warfarin = rich ? Messages.get("detail.warfarin") : "";
        return new FoodDetail(food.name(), subtitle, values, totals, nutrients, related, reported, sources, warfarin);
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
        return Messages.get(total.partial() ? "detail.total.partial" : "detail.total", what,
                AmountFormat.format(total.amount(), total.partial()), total.includedLabel());
    }

    private static String summary(Food food) {
        if (food.values().isEmpty()) {
            return Messages.get(food.reportedMeasures().isEmpty() ? "detail.summary.none"
                    : "detail.summary.reportedOnly");
        }
        List<String> parts = new ArrayList<>();
        for (KValue v : food.values()) {
            parts.add(Messages.get("detail.value.per100g", v.form().label(), Numbers.plain(v.microgramsPer100g())));
        }
        return String.join(", ", parts);
    }

    private static String label(Catalog catalog, String sourceId) {
        return catalog.source(sourceId).map(Source::shortLabel).orElse(sourceId);
    }
}
