package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import k2explorer.catalog.Food;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.CatalogContent;
import k2explorer.catalog.sources.CatalogContentParser;
import k2explorer.catalog.sources.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog read back from its file is, food by food and value by value, what the builder made of the bundled
 * files, while the reader keeps one instance of each repeated value, portion and list.
 */
class CatalogReaderTest extends BuiltCatalogTest {
    private static CatalogContent built;

    @BeforeAll
    static void parse() {
        built = new CatalogContentParser(BundledData.load(), ProgressListener.NONE).parse();
    }

    @Test
    void everyFoodReadsBackWithEveryValueInItsStateWithItsSource() {
        SameFoods.assertSame(built.foods(), catalog.foods());
        assertEquals(built.sources(), catalog.sources());
        assertEquals(built.families(), catalog.families());
        assertEquals(built.codes(), catalog.codes());
    }

    @Test
    void equalValuesPortionsAndListsAreOneInstance() {
        Map<Object, Object> first = new HashMap<>();
        int values = 0;
        int portions = 0;
        for (Food food : catalog.foods()) {
            for (KValue v : food.values()) {
                assertSame(first.computeIfAbsent(v, k -> v), v, food.id());
                assertSame(first.computeIfAbsent(v.stats(), k -> v.stats()), v.stats(), food.id());
                values++;
            }
            for (Portion p : food.portions()) {
                assertSame(first.computeIfAbsent(p, k -> p), p, food.id());
                portions++;
            }
            assertSame(first.computeIfAbsent(food.values(), k -> food.values()), food.values(), food.id());
            assertSame(first.computeIfAbsent(food.portions(), k -> food.portions()), food.portions(), food.id());
            assertSame(first.computeIfAbsent(food.group(), k -> food.group()), food.group(), food.id());
        }
        // the bundled catalog repeats them: ~10,200 values are ~5,900 distinct ones, ~15,800 portions ~6,700
        long distinctValues = catalog.foods().stream().flatMap(f -> f.values().stream()).distinct().count();
        long distinctPortions = catalog.foods().stream().flatMap(f -> f.portions().stream()).distinct().count();
        assertTrue(distinctValues < values * 0.8, distinctValues + " of " + values);
        assertTrue(distinctPortions < portions * 0.6, distinctPortions + " of " + portions);
    }
}
