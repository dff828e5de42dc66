package k2explorer.userdata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;

/**
 * A food the user keeps (a label, a local cheese): amounts per 100 g for the forms they know, portions, and the
 * source they name. The id is a random UUID, stable across edits, renames and catalog rebuilds.
 */
public record MyFood(String id, String name, String group, String sourceText, Map<KForm, Double> per100g,
                     List<MyPortion> portions) {
    public static final String ID_PREFIX = "my:";

    public MyFood {
        per100g = per100g.isEmpty() ? Map.of() : new EnumMap<>(per100g);
        portions = List.copyOf(portions);
    }

    /** The id this food has in the catalog, the Foods table and plans. */
    public String catalogId() {
        return ID_PREFIX + id;
    }

    public record MyPortion(String label, double grams) {
    }

    /** The source every value of this food cites: the user's own words. */
    public k2explorer.catalog.Source source() {
        return new k2explorer.catalog.Source(catalogId(), k2explorer.catalog.SourceKind.USER,
                Messages.get("myFood.sourceLabel", sourceText), Messages.get("myFood.citation", sourceText), null, null,
                null, Messages.get("myFood.whatRead"), false, "");
    }

    /** This food as a catalog food, so it appears in the Foods table, coverage, compare and plans. */
    public k2explorer.catalog.Food toCatalogFood() {
        List<k2explorer.catalog.KValue> values = per100g.entrySet().stream()
                .map(e -> k2explorer.catalog.KValue.measured(e.getKey(), e.getValue(),
                        k2explorer.catalog.ValueKind.SINGLE, catalogId(), k2explorer.catalog.EvidenceLevel.USER_ENTERED,
                        "", ""))
                .toList();
        List<k2explorer.catalog.Portion> ps = new java.util.ArrayList<>();
        for (int i = 0; i < portions.size(); i++) {
            // "2 slices" keeps its count; "pack" reads as "1 pack".
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s+(.+)$")
                    .matcher(portions.get(i).label().trim());
            double count = m.matches() ? Double.parseDouble(m.group(1)) : 1;
            String measure = m.matches() ? m.group(2) : portions.get(i).label().trim();
            ps.add(new k2explorer.catalog.Portion(i, count, measure, portions.get(i).grams(), catalogId()));
        }
        return k2explorer.catalog.Food.of(catalogId(), name, group == null || group.isBlank() ? "My foods" : group,
                k2explorer.catalog.FoodOrigin.MY_FOOD, catalogId(), values, ps);
    }
}
