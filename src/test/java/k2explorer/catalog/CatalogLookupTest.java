package k2explorer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Foods are found by their id (the catalog keeps a table of places, not a map). */
class CatalogLookupTest {
    private static Food food(String id, String name) {
        return Food.of(id, name, "Group", FoodOrigin.USDA, "usda", List.of(), List.of());
    }

    @Test
    void everyFoodIsFoundByItsIdAndOnlyBy() {
        List<Food> foods = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            foods.add(food("usda:" + i, "Food " + i));
        }
        Catalog catalog = new Catalog(foods, List.of(), new DataVersion("", ""));
        for (Food f : foods) {
            assertSame(f, catalog.food(f.id()).orElseThrow(), f.id());
        }
        assertTrue(catalog.food("usda:5000").isEmpty());
        assertTrue(catalog.food("").isEmpty());
        // ids whose hash codes are equal share a slot's run and are still told apart
        Catalog clash = new Catalog(List.of(food("Aa", "first"), food("BB", "second")), List.of(),
                new DataVersion("", ""));
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals("first", clash.food("Aa").orElseThrow().name());
        assertEquals("second", clash.food("BB").orElseThrow().name());
        assertTrue(new Catalog(List.of(), List.of(), new DataVersion("", "")).food("Aa").isEmpty());
    }

    @Test
    void theFirstFoodOfAnIdWinsAndFamiliesFindTheirMembers() {
        Food first = food("k2c:natto", "Natto");
        Food again = food("k2c:natto", "Natto again");
        Food other = food("usda:natto", "Natto (USDA)");
        FoodFamily family = new FoodFamily("natto", "Natto", List.of("k2c:natto", "usda:natto", "gone"),
                List.of(), Map.of());
        Catalog catalog = new Catalog(List.of(first, again, other.withFamily("natto")), List.of(), List.of(family),
                CodeBook.EMPTY, new DataVersion("", ""));
        assertSame(first, catalog.food("k2c:natto").orElseThrow());
        assertEquals(List.of(first), catalog.sameFamily(other.withFamily("natto")),
                "an id not in the catalog is left out");
        Catalog more = catalog.withFoods(List.of(food("my:1", "Mine")), List.of());
        assertEquals("Mine", more.food("my:1").orElseThrow().name());
        assertSame(first, more.food("k2c:natto").orElseThrow());
    }
}
