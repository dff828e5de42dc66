package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import k2explorer.UsLocale;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.FoodNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Foods named outside the table carry their source; pickers offer the best-supported source of a food first. */
@ExtendWith(UsLocale.class)
class FoodNamesTest {
    private final Catalog catalog = TestFoods.familyCatalog();

    @Test
    void pickersListTheBestSupportedSourceOfAFoodFirst() {
        List<FoodRow> rows = FoodTable.rowsOf(catalog);
        assertEquals("usda:natto", rows.get(0).food().id(), "the catalog's own order starts with USDA's K1-only natto");
        assertEquals(List.of("kale", "lit:natto", "usda:natto", "lit:natto-plus"),
                FoodRowComparators.inPickerOrder(rows).stream().map(r -> r.food().id()).toList());
    }

    @Test
    void lookAlikeFoodsAreNamedWithTheirSource() {
        assertEquals("Natto (USDA SR)", FoodNames.withSource("usda:natto", "Natto", catalog));
        assertEquals("Natto (Test 2020)", FoodNames.withSource("lit:natto", "Natto", catalog));
        assertEquals("Gone food", FoodNames.withSource("gone", "Gone food", catalog), "no longer in the catalog");
        List<FoodRow> rows = FoodTable.rowsOf(catalog);
        assertEquals("Natto (USDA SR)", rows.get(0).nameWithSource());
        FoodRow family = FoodTable.of(catalog, rows).rows(true).get(0);
        assertEquals("Natto (3 sources: Test 2020; USDA SR)", family.nameWithSource());
    }

    /** A food whose values come from other sources than its own lists every source once, ordered by source id. */
    @Test
    void aFoodOfSeveralSourcesListsEachOnceInOrder() {
        java.util.Map<String, String> labels = java.util.Map.of("S", "Test 2020", "U", "USDA SR");
        k2explorer.catalog.KValue fromUsda = k2explorer.catalog.KValue.measured(k2explorer.catalog.KForm.MK4, 2,
                k2explorer.catalog.ValueKind.SINGLE, "U", k2explorer.catalog.EvidenceLevel.PRIMARY_ABSTRACT, "", "");
        k2explorer.catalog.Food mixed = TestFoods.food("m", "Mixed", "G", List.of(fromUsda,
                TestFoods.value(k2explorer.catalog.KForm.K1, 3), fromUsda), List.of(), null);
        assertEquals("Test 2020; USDA SR", FoodNames.sourceLabels(mixed, labels));
        k2explorer.catalog.Food own = TestFoods.food("o", "Own", "G", List.of(TestFoods.value(
                k2explorer.catalog.KForm.K1, 3)), List.of(), null);
        assertEquals("Test 2020", FoodNames.sourceLabels(own, labels));
        assertEquals("S", FoodNames.sourceLabels(own, java.util.Map.of("U", "USDA SR")),
                "an id without a label stands for itself");
    }
}
