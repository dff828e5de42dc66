package k2explorer.ui.async;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands the latest of a burst of values to a slow action once the burst is over: ten settings changed in a row
 * are one file write, not ten. The action runs on a background thread of its own, one call at a time.
 */
public final class Debouncer<T> implements AutoCloseable {
    /** How long closing waits for a last write (its thread is a daemon and would die with the app). */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final Duration quiet;
    private final Consumer<T> action;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "k2-debounce");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    /** Calls {@code action} with the last value once {@code quiet} has passed without another. */
    public Debouncer(Duration quiet, Consumer<T> action) {
        this.quiet = quiet;
        this.action = action;
    }

    public synchronized void submit(T value) {
        schedule(value, quiet.toMillis());
    }

    /** Hands {@code value} over at once, replacing any waiting one (e.g. when the window closes). */
    public synchronized void submitNow(T value) {
        schedule(value, 0);
    }

    private void schedule(T value, long delayMillis) {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!timer.isShutdown()) {
            pending = timer.schedule(() -> action.accept(value), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops taking values; one still waiting is handed over when its time comes, and this waits for it. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
