package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import k2explorer.catalog.Food;
import k2explorer.catalog.KValue;

/** Two catalogs' foods compared one by one, each value field by field, so a failure names the food and the field. */
final class SameFoods {
    private SameFoods() {
    }

    static void assertSame(List<Food> expectedFoods, List<Food> actualFoods) {
        assertEquals(expectedFoods.size(), actualFoods.size());
        for (int i = 0; i < actualFoods.size(); i++) {
            Food expected = expectedFoods.get(i);
            Food actual = actualFoods.get(i);
            assertEquals(expected.id(), actual.id(), "the catalog's order");
            assertEquals(expected.values().size(), actual.values().size(), expected.id());
            for (int v = 0; v < expected.values().size(); v++) {
                KValue e = expected.values().get(v);
                KValue a = actual.values().get(v);
                String where = expected.id() + " value " + v;
                assertEquals(e.form(), a.form(), where);
                assertEquals(e.state(), a.state(), where);
                assertEquals(Double.doubleToLongBits(e.amount()), Double.doubleToLongBits(a.amount()), where);
                assertEquals(e.sourceId(), a.sourceId(), where);
                assertEquals(e.originIds(), a.originIds(), where);
                assertEquals(e.stats(), a.stats(), where);
                assertEquals(e.doubts(), a.doubts(), where);
                assertEquals(e, a, where);
            }
            assertEquals(expected.portions(), actual.portions(), expected.id());
            assertEquals(expected.nutrients(), actual.nutrients(), expected.id());
            assertEquals(expected.reportedMeasures(), actual.reportedMeasures(), expected.id());
            assertEquals(expected, actual, expected.id());
        }
    }
}
