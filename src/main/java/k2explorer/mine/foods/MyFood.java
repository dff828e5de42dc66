package k2explorer.mine.foods;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueKind;
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
    public Source source() {
        return new Source(catalogId(), SourceKind.USER,
                Messages.get("myFood.sourceLabel", sourceText), Messages.get("myFood.citation", sourceText), null, null,
                null, Messages.get("myFood.whatRead"), false, "");
    }

    /** This food as a catalog food, so it appears in the Foods table, coverage, compare and plans. */
    public Food toCatalogFood() {
        List<KValue> values = per100g.entrySet().stream()
                .map(e -> KValue.measured(e.getKey(), e.getValue(), ValueKind.SINGLE, catalogId(),
                        EvidenceLevel.USER_ENTERED, "", ""))
                .toList();
        List<Portion> ps = new ArrayList<>();
        for (int i = 0; i < portions.size(); i++) {
            // "2 slices" keeps its count; "pack" reads as "1 pack".
            Matcher m = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s+(.+)$")
                    .matcher(portions.get(i).label().trim());
            double count = m.matches() ? Double.parseDouble(m.group(1)) : 1;
            String measure = m.matches() ? m.group(2) : portions.get(i).label().trim();
            ps.add(new Portion(i, count, measure, portions.get(i).grams(), catalogId()));
        }
        String shownGroup = group == null || group.isBlank() ? Messages.get("myFood.defaultGroup") : group;
        return Food.of(catalogId(), name, shownGroup, FoodOrigin.MY_FOOD, catalogId(), values, ps);
    }
}
