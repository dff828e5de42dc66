package k2explorer.catalog.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.Portion;
import k2explorer.catalog.RankingExclusion;
import k2explorer.csv.CsvTable;

/** Our tables that say how the sources fit together: food families, ranking exclusions, literature portions. */
final class CurationTables {
    private static final String SAME_FOOD = "same_food";
    private static final String SIMILAR = "similar";

    private final CatalogDraft draft;

    CurationTables(CatalogDraft draft) {
        this.draft = draft;
    }

    List<FoodFamily> read() {
        readLiteraturePortions();
        readExclusions();
        return readFamilies();
    }

    private void readLiteraturePortions() {
        for (CsvTable.Row row : draft.table(BundledData.LIT_PORTIONS, "food", "source_key", "amount", "measure",
                "grams", "portion_source_key", "note").rows()) {
            draft.requireSource(row.required("portion_source_key"), row, "portion_source_key");
            String name = row.required("food");
            String sourceKey = row.optionalText("source_key").orElse(null);
            List<FoodDraft> foods = draft.foods.values().stream()
                    .filter(f -> f.origin == FoodOrigin.LITERATURE && f.name.equals(name)
                            && (sourceKey == null || f.sourceId.equals(sourceKey)))
                    .toList();
            if (foods.isEmpty()) {
                throw row.problem("food", "no literature food named '" + name + "'");
            }
            double grams = row.number("grams");
            if (grams <= 0) {
                throw row.problem("grams", "a portion must weigh more than 0 g");
            }
            for (FoodDraft food : foods) {
                food.portions.add(new Portion(food.portions.size() + 1, row.number("amount"), row.required("measure"),
                        grams, row.required("portion_source_key")));
            }
        }
    }

    private void readExclusions() {
        for (CsvTable.Row row : draft.table(BundledData.RANKING_EXCLUSIONS, "food_id", "kind", "reason").rows()) {
            FoodDraft food = draft.food(row.required("food_id"), row, "food_id");
            row.required("reason");
            if (food.exclusion != null) {
                throw row.problem("food_id", food.id + " is listed twice");
            }
            food.exclusion = RankingExclusion.parse(row.required("kind")).orElseThrow(() -> row.problem("kind",
                    "must be fortified, experimental, special_product or dried_herb"));
        }
    }

    private List<FoodFamily> readFamilies() {
        Map<String, FamilyDraft> families = new LinkedHashMap<>();
        for (CsvTable.Row row : draft.table(BundledData.FOOD_FAMILIES, "family_id", "family_name", "food_id",
                "relation", "note").rows()) {
            String familyId = row.required("family_id");
            if (!familyId.startsWith("fam:")) {
                throw row.problem("family_id", "must start with 'fam:'");
            }
            FoodDraft food = draft.food(row.required("food_id"), row, "food_id");
            if (food.familyId != null) {
                throw row.problem("food_id", food.id + " is already in " + food.familyId);
            }
            FamilyDraft family = families.computeIfAbsent(familyId, id -> new FamilyDraft(id,
                    row.required("family_name")));
            if (!family.name.equals(row.required("family_name"))) {
                throw row.problem("family_name", familyId + " is named '" + family.name + "' elsewhere");
            }
            switch (row.required("relation")) {
                case SAME_FOOD -> family.sameFood.add(food);
                case SIMILAR -> { }
                default -> throw row.problem("relation", "must be " + SAME_FOOD + " or " + SIMILAR);
            }
            food.familyId = familyId;
            family.members.add(food);
            family.notes.put(food.id, row.text("note"));
        }
        List<FoodFamily> result = new ArrayList<>(families.size());
        for (FamilyDraft family : families.values()) {
            if (family.members.size() < 2) {
                throw CatalogDraft.problem(BundledData.FOOD_FAMILIES + ": family " + family.id
                        + " has one member; a family needs at least two");
            }
            shareUsdaPortions(family);
            result.add(new FoodFamily(family.id, family.name, family.members.stream().map(f -> f.id).toList(),
                    family.sameFood.stream().map(f -> f.id).toList(), family.notes));
        }
        return result;
    }

    /** Gram weights do not depend on who measured the vitamin K: the same food gets USDA's household portions. */
    private static void shareUsdaPortions(FamilyDraft family) {
        family.sameFood.stream().filter(f -> f.origin == FoodOrigin.USDA && !f.portions.isEmpty()).findFirst()
                .ifPresent(usda -> {
                    for (FoodDraft other : family.sameFood) {
                        if (other != usda) {
                            for (Portion p : usda.portions) {
                                other.portions.add(new Portion(other.portions.size() + 1, p.amount(), p.measure(),
                                        p.grams(), p.sourceId()));
                            }
                        }
                    }
                });
    }

    private static final class FamilyDraft {
        final String id;
        final String name;
        final List<FoodDraft> members = new ArrayList<>();
        final List<FoodDraft> sameFood = new ArrayList<>();
        final Map<String, String> notes = new LinkedHashMap<>();

        FamilyDraft(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
