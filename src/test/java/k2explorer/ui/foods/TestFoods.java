package k2explorer.ui.foods;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CodeBook;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.RankingExclusion;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueKind;

/** A small hand-made catalog whose every number is known, for view-model tests. */
public final class TestFoods {
    static final Source SRC = new Source("S", SourceKind.PUBLICATION, "Test 2020", "Test A. (2020). Title.",
            "10.1234/x", null, null, "abstract", false, "");

    private TestFoods() {
    }

    public static KValue value(KForm form, double amount) {
        return KValue.measured(form, amount, ValueKind.SINGLE, "S", EvidenceLevel.PRIMARY_ABSTRACT, "", "");
    }

    public static Food food(String id, String name, String group, List<KValue> values, List<Portion> portions,
                     Double kcal) {
        Map<Nutrient, Double> nutrients = new EnumMap<>(Nutrient.class);
        if (kcal != null) {
            nutrients.put(Nutrient.ENERGY, kcal);
        }
        return new Food(id, name, group, FoodOrigin.LITERATURE, "S", values, portions, nutrients, List.of(), null,
                null, "");
    }

    static final Source USDA = new Source("U", SourceKind.FOOD_COMPOSITION_DATABASE, "USDA SR", "USDA SR 2018.",
            null, null, null, "table", false, "");

    /**
     * A natto family of three sources: USDA's (K1 only, analysed: the strongest evidence rank), a paper's (K1 and
     * MK-7) and an MK-7-reinforced product left out of rankings with the most MK-7 of all. The family stands on the
     * paper's natto for total K, K2 and MK-7, never on the reinforced one; and beside it a food of no family.
     */
    public static Catalog familyCatalog() {
        List<Portion> portions = List.of(new Portion(1, 1, "pack", 40, "S"), new Portion(2, 1, "cup", 175, "S"));
        Food usda = new Food("usda:natto", "Natto", "Legumes", FoodOrigin.USDA, "U",
                List.of(KValue.measured(KForm.K1, 23.1, ValueKind.SINGLE, "U", EvidenceLevel.PRIMARY_ABSTRACT, "", "")),
                portions, Map.of(), List.of(), "natto", null, "");
        Food paper = new Food("lit:natto", "Natto", "Fermented soy", FoodOrigin.LITERATURE, "S",
                List.of(value(KForm.K1, 35), value(KForm.MK7, 939)), portions, Map.of(), List.of(), "natto", null, "");
        Food reinforced = new Food("lit:natto-plus", "Natto, MK-7 reinforced", "Fermented soy", FoodOrigin.LITERATURE,
                "S", List.of(value(KForm.K1, 40), value(KForm.MK7, 1765)), portions, Map.of(), List.of(), "natto",
                RankingExclusion.FORTIFIED, "");
        Food kale = food("kale", "Kale, raw", "Vegetables", List.of(value(KForm.K1, 704.8)),
                List.of(new Portion(1, 1, "cup, chopped", 16, "S")), 49.0);
        FoodFamily natto = new FoodFamily("natto", "Natto", List.of("usda:natto", "lit:natto", "lit:natto-plus"),
                List.of("usda:natto", "lit:natto"), Map.of());
        return new Catalog(List.of(usda, paper, reinforced, kale), List.of(SRC, USDA), List.of(natto),
                CodeBook.EMPTY, new DataVersion("test", "fam"));
    }

    public static Catalog catalog() {
        return new Catalog(List.of(
                food("natto", "Natto", "Fermented soy", List.of(value(KForm.MK7, 939), value(KForm.K1, 23.1)),
                        List.of(new Portion(1, 1, "pack", 40, "S"), new Portion(2, 1, "cup", 175, "S")), 212.0),
                food("kale", "Kale, raw", "Vegetables", List.of(value(KForm.K1, 704.8)),
                        List.of(new Portion(1, 1, "cup, chopped", 16, "S")), 49.0),
                food("kale2", "Kale, cooked, boiled", "Vegetables", List.of(value(KForm.K1, 817)), List.of(), null),
                food("creme", "Crème fraîche", "Dairy", List.of(), List.of(), 300.0),
                food("gouda", "Cheese, gouda", "Dairy", List.of(value(KForm.MK4, 5), value(KForm.MK9, 40)),
                        List.of(), 356.0),
                food("egg", "Egg, whole", "Eggs", List.of(value(KForm.MK4, 46), value(KForm.MK4, 51)), List.of(),
                        0.0)),
                List.of(SRC), new DataVersion("test", "abc"));
    }

    /** Detail-pane commands for a test that only shows the table: following a link or copying fails the test. */
    public static FoodDetailView.Commands noCommands() {
        return new FoodDetailView.Commands() {
            @Override
            public void openLink(String url) {
                throw new AssertionError("no link is followed: " + url);
            }

            @Override
            public void copyToClipboard(String text) {
                throw new AssertionError("nothing is copied: " + text);
            }
        };
    }
}
