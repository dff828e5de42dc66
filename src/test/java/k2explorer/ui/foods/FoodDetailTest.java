package k2explorer.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import k2explorer.UsLocale;
import k2explorer.catalog.Catalog;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.extension.ExtendWith(UsLocale.class)
class FoodDetailTest {

    @Test
    void detailListsEveryValueWithItsSourceAndSaysWhatIsMissing() {
        Catalog catalog = TestFoods.catalog();
        FoodRow natto = new FoodRow(catalog.food("natto").orElseThrow(), "Test 2020");
        FoodDetail d = FoodDetail.of(natto, catalog);
        assertEquals("Natto", d.title());
        assertEquals(2, d.values().size());
        FoodDetail.ValueLine mk7 = d.values().get(0);
        assertEquals("MK-7", mk7.form());
        assertEquals("939 µg", mk7.amountPer100g());
        assertEquals("375.6 µg", mk7.perServing(), "40 g pack");
        assertEquals("Test 2020", mk7.sourceLabel());
        assertEquals("https://doi.org/10.1234/x", d.sources().get(0).link().orElseThrow());
        assertTrue(d.totals().get(0).startsWith("Total K2 (menaquinones): ≥ 939 µg per 100 g — includes MK-7"));
        assertTrue(d.nutrients().contains("Calcium: not measured"));
        assertTrue(d.warfarinNote().contains("warfarin"), "939 µg/100 g: the steady-intake reminder is shown");
        FoodDetail gouda = FoodDetail.of(new FoodRow(catalog.food("gouda").orElseThrow(), "Test 2020"), catalog);
        assertEquals("", gouda.warfarinNote(), "45 µg/100 g: no reminder");
        assertEquals("n/a", gouda.values().get(0).perServing(), "no household portion: not applicable, not '—'");
    }
}
