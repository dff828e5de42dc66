package k2explorer.ui.async;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's background threads: a small pool for reads and exports, and one writer thread so user-data writes
 * happen in the order they were asked for. Outcomes go back to the FX thread; every failure is logged with its stack
 * trace before it is shown.
 */
public final class FxUiExecutor implements UiExecutor {
    private static final System.Logger LOG = System.getLogger(FxUiExecutor.class.getName());
    /** Two cores are what the app is sized for: reads and exports rarely overlap more than that. */
    private static final int POOL_THREADS = 2;
    /** How long closing waits for saves already asked for (their threads are daemons). */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final ExecutorService pool;
    private final ExecutorService writer;
    private volatile Consumer<Throwable> resultNotShown;

    public FxUiExecutor() {
        pool = Executors.newFixedThreadPool(POOL_THREADS, daemons("k2-background-"));
        writer = Executors.newSingleThreadExecutor(daemons("k2-writer-"));
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Who tells the user when the work succeeded but showing its result threw (the data may already be saved);
     * without one, the work's own failure handler is told.
     */
    public void whenResultNotShown(Consumer<Throwable> tell) {
        resultNotShown = tell;
    }

    @Override
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        return submit(pool, work, onSuccess, onFailure);
    }

    @Override
    public <T> CompletableFuture<T> runInOrder(Callable<T> work, Consumer<? super T> onSuccess,
                                               Consumer<Throwable> onFailure) {
        return submit(writer, work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private <T> CompletableFuture<T> submit(ExecutorService service, Callable<T> work, Consumer<? super T> onSuccess,
                                            Consumer<Throwable> onFailure) {
        CompletableFuture<T> done = new CompletableFuture<>();
        try {
            service.execute(() -> {
                T value;
                try {
                    value = work.call();
                } catch (Exception | Error e) {
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    LOG.log(System.Logger.Level.ERROR, "Background work failed", cause);
                    Platform.runLater(() -> {
                        try {
                            onFailure.accept(cause);
                        } finally {
                            done.completeExceptionally(cause);
                        }
                    });
                    return;
                }
                Platform.runLater(() -> show(value, onSuccess, onFailure, done));
            });
        } catch (RejectedExecutionException e) {
            // the window is closing: new work is dropped, not thrown at the caller
            done.cancel(false);
        }
        return done;
    }

    @Override
    public <T> CompletableFuture<T> showNow(T value, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<T> done = new CompletableFuture<>();
        show(value, onSuccess, onFailure, done);
        return done;
    }

    private <T> void show(T value, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                          CompletableFuture<T> done) {
        ResultShown.show(value, onSuccess, e -> {
            // The work itself was done (data may be saved): say so, not that it failed, and never leave the user
            // with a view that silently stopped following the data.
            LOG.log(System.Logger.Level.ERROR, "Showing the result of background work failed", e);
            Consumer<Throwable> tell = resultNotShown;
            (tell != null ? tell : onFailure).accept(e);
        }, done);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        writer.shutdown();
        try {
            writer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
