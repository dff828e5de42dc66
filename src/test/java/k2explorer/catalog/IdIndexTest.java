package k2explorer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    @Test
    void findsEachIdsPlaceTheFirstOrTheLastOfRepeatsAndNothingForOthers() {
        // "Aa" and "BB" share a hash code: both are found past the collision
        List<String> ids = List.of("natto", "Aa", "BB", "kale", "natto", "Aa");
        IdIndex first = new IdIndex(ids.size(), ids::get, true);
        IdIndex last = new IdIndex(ids.size(), ids::get, false);
        assertEquals(0, first.placeOf("natto"));
        assertEquals(4, last.placeOf("natto"));
        assertEquals(1, first.placeOf("Aa"));
        assertEquals(5, last.placeOf("Aa"));
        assertEquals(2, first.placeOf("BB"));
        assertEquals(2, last.placeOf("BB"));
        assertEquals(3, last.placeOf("kale"));
        assertEquals(-1, first.placeOf("Ab"));
        assertEquals(-1, last.placeOf(null));
        assertEquals(-1, new IdIndex(0, ids::get, true).placeOf("natto"));
    }

    @Test
    void findsEveryOneOfManyIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_493; i++) {
            ids.add("food-" + i);
        }
        IdIndex index = new IdIndex(ids.size(), ids::get, true);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, index.placeOf("food-" + i));
        }
        assertEquals(-1, index.placeOf("food-10493"));
    }
}
