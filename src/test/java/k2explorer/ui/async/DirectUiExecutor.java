package k2explorer.ui.async;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: view-model tests need no FX toolkit and no waiting. */
public final class DirectUiExecutor extends CallingThreadExecutor {
    @Override
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        return runNow(work, onSuccess, onFailure, new CompletableFuture<>());
    }

    @Override
    public void close() {
    }
}
