package k2explorer.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import k2explorer.EachLocale;
import k2explorer.UsLocale;
import k2explorer.app.TestApp;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.extension.ExtendWith(UsLocale.class)
class CompareTest {
    private final TestApp app = new TestApp();
    private final FoodsViewModel foods = app.models().foods();
    private final CompareViewModel compare = app.models().compare();
    private Catalog catalog;

    @BeforeEach
    void load() {
        catalog = TestFoods.catalog();
        foods.setCatalog(catalog);
    }

    private FoodRow row(String id) {
        return foods.row(id).orElseThrow();
    }

    @EachLocale
    void upToSixFoodsInTheUsersOrder() {
        compare.add(List.of(row("natto")));
        assertTrue(compare.messageProperty().get().startsWith("Pick at least two"));
        compare.add(List.of(row("kale"), row("gouda"), row("natto")));
        assertEquals(List.of("natto", "kale", "gouda"), compare.ids());
        assertEquals("", compare.messageProperty().get());
        compare.add(List.of(row("kale2"), row("creme"), row("egg")));
        assertEquals(6, compare.compared().size());
        compare.remove(row("egg"));
        FoodRow seventh = new FoodRow(TestFoods.food("tempeh", "Tempeh", "Fermented soy", List.of(), List.of(), null),
                "Test 2020");
        compare.add(List.of(row("egg"), seventh));
        assertEquals(6, compare.compared().size());
        assertTrue(compare.messageProperty().get().startsWith("Up to 6 foods"));
        compare.move(row("gouda"), -1);
        assertEquals(List.of("natto", "gouda", "kale", "kale2", "creme", "egg"), compare.ids());
        compare.move(row("natto"), -1);
        assertEquals("natto", compare.ids().get(0), "cannot move past the start");
    }

    @EachLocale
    void restoringSkipsFoodsNoLongerInTheCatalog() {
        compare.restore(List.of("kale", "gone", "natto"));
        assertEquals(List.of("kale", "natto"), compare.ids());
    }

    @EachLocale
    void aFoodIsComparedOnceEvenAfterItsRowWasRebuilt() {
        compare.add(List.of(row("natto"), row("kale")));
        foods.setCatalog(TestFoods.catalog());
        compare.add(List.of(row("natto")));
        assertEquals(List.of("natto", "kale"), compare.ids());
        assertEquals("Already in the comparison.", compare.messageProperty().get());
    }

    @EachLocale
    void aChangedFoodShowsItsNewValuesAndADeletedOneLeavesTheComparison() {
        compare.add(List.of(row("natto"), row("kale"), row("gouda")));
        List<Food> changed = new ArrayList<>();
        for (Food f : catalog.foods()) {
            if (f.id().equals("natto")) {
                changed.add(TestFoods.food(f.id(), f.name(), f.group(), List.of(TestFoods.value(KForm.MK7, 500)),
                        f.portions(), 212.0));
            } else if (!f.id().equals("kale")) {
                changed.add(f);
            }
        }
        foods.setCatalog(new Catalog(changed, catalog.sources(), catalog.version()));
        assertEquals(List.of("natto", "gouda"), compare.ids());
        assertTrue(compare.compared().get(0) == row("natto"), "the new row, not the stale one");
        assertEquals(500, compare.compared().get(0).food().amount(KForm.MK7).orElseThrow().low());
    }

    @Test
    void theTableShowsEachFormPer100gPerServingAndTheCoverage() {
        List<FoodRow> rows = List.of(row("natto"), row("kale"), row("gouda"));
        DailyTarget women = new DailyTarget("women 90", 90, CountedForms.MK7_ONLY);
        Map<String, List<String>> lines = CompareTable.of(rows, catalog, women, foods.portions()).stream()
                .collect(Collectors.toMap(CompareTable.Line::label, CompareTable.Line::cells));
        assertEquals(List.of("939", "—", "—"), lines.get("MK-7 per 100 g (µg)"));
        assertEquals(List.of("375.6", "—", "—"), lines.get("MK-7 per serving (µg)"));
        assertEquals(List.of("23.1", "704.8", "—"), lines.get("K1 per 100 g (µg)"));
        assertEquals(List.of("—", "—", "40"), lines.get("MK-9 per 100 g (µg)"));
        assertEquals(List.of("≥ 939 (MK-7 only)", "—", "≥ 45 (MK-4 + MK-9 only)"),
                lines.get("Total K2 per 100 g (µg)"));
        assertEquals(List.of("9.6", "no data", "no data"),
                lines.get("Grams to reach women 90 (MK-7 only)"));
        assertEquals(List.of("Test 2020", "Test 2020", "Test 2020"), lines.get("Source"));
    }

    @EachLocale
    void sourcesThatDisagreeShowTheirSpread() {
        Function<String, String> across = id -> CompareTable.acrossSources(row(id).food(),
                KForm.MK4, catalog);
        assertEquals("46–51 (1 source)", across.apply("egg"));
        assertEquals("—", across.apply("natto"));
    }
}
