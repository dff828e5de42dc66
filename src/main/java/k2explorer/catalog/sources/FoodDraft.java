package k2explorer.catalog.sources;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.RankingExclusion;
import k2explorer.catalog.ReportedMeasure;

/** A food while its rows are being collected from several files. */
final class FoodDraft {
    final String id;
    final String name;
    final String group;
    final FoodOrigin origin;
    final String sourceId;
    final String otherNames;
    final List<KValue> values = new ArrayList<>(3);
    final List<Portion> portions = new ArrayList<>(2);
    final Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
    final List<ReportedMeasure> reported = new ArrayList<>(0);
    String familyId;
    RankingExclusion exclusion;

    FoodDraft(String id, String name, String group, FoodOrigin origin, String sourceId, String otherNames) {
        this.id = id;
        this.name = name;
        this.group = group;
        this.origin = origin;
        this.sourceId = sourceId;
        this.otherNames = otherNames;
    }

    Food toFood() {
        return new Food(id, name, group, origin, sourceId, values, portions, nutrients, reported, familyId, exclusion,
                otherNames);
    }
}
