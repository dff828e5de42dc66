package k2explorer.ui.async;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: view-model tests need no FX toolkit and no waiting. */
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return CompletableFuture.failedFuture(e);
        }
        onSuccess.accept(value);
        return CompletableFuture.completedFuture(value);
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
