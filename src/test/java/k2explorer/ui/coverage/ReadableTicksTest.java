package k2explorer.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import k2explorer.UsLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Axes tick at 1-2-5 or whole decades, start and end on a tick, and label grams as g or kg. */
@ExtendWith(UsLocale.class)
class ReadableTicksTest {
    @Test
    void aFewDecadesTickAtOneTwoFive() {
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0), ReadableTicks.logarithmic(1, 500));
        assertEquals(List.of(0.2, 0.5, 1.0, 2.0, 5.0), ReadableTicks.logarithmic(0.2, 5));
    }

    @Test
    void manyDecadesTickAtWholeDecadesOnly() {
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10_000.0, 100_000.0), ReadableTicks.logarithmic(1, 100_000));
    }

    @Test
    void axesStartAndEndOnAReadableTick() {
        assertEquals(500, ReadableTicks.ceiling(316.2));
        assertEquals(2000, ReadableTicks.ceiling(1765));
        assertEquals(10, ReadableTicks.ceiling(10));
        assertEquals(0.2, ReadableTicks.floor(0.25), 1e-12);
        assertEquals(1, ReadableTicks.floor(1.9));
        assertEquals(20, ReadableTicks.linearStep(100, 5));
    }

    @Test
    void gramsCarryTheirUnit() {
        assertEquals("500 g", ReadableTicks.grams(500));
        assertEquals("1 kg", ReadableTicks.grams(1000));
        assertEquals("2.5 kg", ReadableTicks.grams(2500));
        assertEquals("0 g", ReadableTicks.grams(0));
    }
}
