package k2explorer.ui.async;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: view-model tests need no FX toolkit and no waiting. */
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        return runNow(work, onSuccess, onFailure, new CompletableFuture<>());
    }

    /**
     * Does the work, then its success or failure callback, on the calling thread as the app's UI thread would, and
     * completes {@code done} with the outcome (which it returns). {@link QueuedUiExecutor} runs held work the same way.
     */
    static <T> CompletableFuture<T> runNow(Callable<T> work, Consumer<? super T> onSuccess,
                                           Consumer<Throwable> onFailure, CompletableFuture<T> done) {
        T value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            done.completeExceptionally(e);
            return done;
        }
        onSuccess.accept(value);
        done.complete(value);
        return done;
    }

    @Override
    public <T> CompletableFuture<T> runInOrder(Callable<T> work, Consumer<? super T> onSuccess,
                                               Consumer<Throwable> onFailure) {
        return run(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
    }
}
