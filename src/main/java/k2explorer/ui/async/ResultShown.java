package k2explorer.ui.async;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The one way a result of background work is shown on the UI thread: its future tells whether that worked. */
final class ResultShown {
    private ResultShown() {
    }

    /**
     * Runs {@code onSuccess} with {@code value} and completes {@code done} with it; if showing it throws, tells
     * {@code onFailure} and completes {@code done} with that error (even if telling fails too).
     */
    static <T> void show(T value, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                         CompletableFuture<T> done) {
        try {
            onSuccess.accept(value);
            done.complete(value);
        } catch (RuntimeException | Error e) {
            try {
                onFailure.accept(e);
            } finally {
                done.completeExceptionally(e);
            }
        }
    }
}
