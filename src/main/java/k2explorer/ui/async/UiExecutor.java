package k2explorer.ui.async;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Where view-models send database and file work: off the UI thread, with the outcome handed back on it. The app
 * uses {@link FxUiExecutor}; view-model tests use one that runs everything at once on the calling thread, so they
 * need no FX toolkit.
 */
public interface UiExecutor extends AutoCloseable {
    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. The returned
     * future completes (on the UI thread) once that callback has run.
     */
    <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Like {@link #run}, but after all earlier ordered work: writes, so a later save never loses to an earlier one. */
    <T> CompletableFuture<T> runInOrder(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure);

    /**
     * Shows {@code value}, background work's result already at hand, at once: {@code onSuccess} runs now, on the UI
     * thread (call it there), and a failure to show it is told as {@link #run} tells it. The returned future is
     * complete when this returns.
     */
    default <T> CompletableFuture<T> showNow(T value, Consumer<? super T> onSuccess,
                                             Consumer<Throwable> onFailure) {
        CompletableFuture<T> done = new CompletableFuture<>();
        ResultShown.show(value, onSuccess, onFailure, done);
        return done;
    }

    /** Runs a small action on the UI thread, e.g. progress reported by background work. */
    void onUiThread(Runnable action);

    /** Stops taking work; ordered work already asked for still finishes. */
    @Override
    void close();
}
