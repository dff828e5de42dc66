package k2explorer.catalog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void equalValuesGetTheFirstInstanceAndOthersStayApart() {
        Interner shared = new Interner();
        List<String> kept = new ArrayList<>();
        // well past the table's first size, so it grows several times
        for (int i = 0; i < 20_000; i++) {
            String text = new String("value " + i);
            assertSame(text, shared.shared(text));
            kept.add(text);
        }
        for (int i = 0; i < 20_000; i++) {
            String copy = new String("value " + i);
            assertNotSame(kept.get(i), copy);
            assertSame(kept.get(i), shared.shared(copy), "value " + i);
        }
        List<Integer> list = List.of(1, 2);
        assertSame(list, shared.shared(list));
        assertSame(list, shared.shared(List.of(1, 2)));
        assertEquals(List.of(2, 1), shared.shared(List.of(2, 1)));
        assertNotSame(list, shared.shared(List.of(2, 1)));
        assertNull(shared.shared(null));
    }
}
