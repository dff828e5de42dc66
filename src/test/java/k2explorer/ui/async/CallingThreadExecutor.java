package k2explorer.ui.async;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the test executors share: no FX toolkit; work and its callback run on the calling thread (as the app's UI
 * thread would), work in order is plain work, and UI actions run at once. They differ only in when work runs.
 */
abstract class CallingThreadExecutor implements UiExecutor {
    @Override
    public <T> CompletableFuture<T> runInOrder(Callable<T> work, Consumer<? super T> onSuccess,
                                               Consumer<Throwable> onFailure) {
        return run(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    /** Does the work, then its success or failure callback, and completes {@code done} with the outcome. */
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
}
