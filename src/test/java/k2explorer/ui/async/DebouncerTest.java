package k2explorer.ui.async;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A burst of changes is one write of the last value; closing still writes what was waiting. */
class DebouncerTest {
    private final List<Integer> written = new CopyOnWriteArrayList<>();

    @Test
    void aBurstOfValuesIsOneCallWithTheLast() {
        Debouncer<Integer> debouncer = new Debouncer<>(Duration.ofMillis(200), written::add);
        for (int i = 1; i <= 10; i++) {
            debouncer.submit(i);
        }
        debouncer.close();
        assertEquals(List.of(10), written);
    }

    @Test
    void submitNowReplacesTheWaitingValue() {
        Debouncer<Integer> debouncer = new Debouncer<>(Duration.ofSeconds(5), written::add);
        debouncer.submit(1);
        debouncer.submitNow(2);
        debouncer.close();
        assertEquals(List.of(2), written);
    }

    @Test
    void nothingIsTakenAfterClosing() {
        Debouncer<Integer> debouncer = new Debouncer<>(Duration.ofMillis(10), written::add);
        debouncer.close();
        debouncer.submit(1);
        assertEquals(List.of(), written);
    }
}
