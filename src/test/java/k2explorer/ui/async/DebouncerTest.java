package k2explorer.ui.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    void nothingIsTakenAfterClosing() throws InterruptedException {
        CountDownLatch late = new CountDownLatch(1);
        Debouncer<Integer> debouncer = new Debouncer<>(Duration.ofMillis(10), v -> {
            written.add(v);
            if (v > 1) {
                late.countDown();
            }
        });
        debouncer.submit(1);
        debouncer.close();
        assertEquals(List.of(1), written, "the value waiting at close is written before close returns");
        debouncer.submit(2);
        debouncer.submitNow(3);
        // Fifty times the quiet time: a debouncer that still took values would have written them by now.
        assertFalse(late.await(500, TimeUnit.MILLISECONDS), "a value submitted after closing was written");
        assertEquals(List.of(1), written);
    }
}
