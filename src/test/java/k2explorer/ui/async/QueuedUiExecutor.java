package k2explorer.ui.async;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Holds background work until the test says so: {@link #runNext()} does the oldest pending piece (its work, then
 * its callback, on the calling thread, as the app's UI thread would), {@link #runAll()} everything. A test can so
 * put a user's edit between a Save and the moment that save finishes. No FX toolkit needed; beside
 * {@link DirectUiExecutor}, which runs everything at once.
 */
public final class QueuedUiExecutor extends CallingThreadExecutor {
    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        CompletableFuture<T> done = new CompletableFuture<>();
        pending.add(() -> runNow(work, onSuccess, onFailure, done));
        return done;
    }

    /** How many pieces of work wait. */
    public int pending() {
        return pending.size();
    }

    /** Runs the oldest waiting piece of work and its callback; false when nothing waited. */
    public boolean runNext() {
        Runnable next = pending.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs waiting work, including work it queues, until none is left. */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }

    @Override
    public void close() {
        pending.clear();
    }
}
