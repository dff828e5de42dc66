package k2explorer.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** The one place database and file work runs: a small pool of daemon threads, never the FX thread. */
public final class BackgroundWork implements AutoCloseable {
    private final ExecutorService executor;
    private final ExecutorService writer;

    public BackgroundWork() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "k2-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "k2-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs writes one after another in submission order, so a later save never loses to an earlier one. */
    public <T> Task<T> runInOrder(Task<T> task) {
        return submit(writer, task);
    }

    public <T> Task<T> run(Task<T> task) {
        return submit(executor, task);
    }

    /** After {@link #close()} new work is cancelled rather than thrown at the caller (the window is going away). */
    private static <T> Task<T> submit(ExecutorService service, Task<T> task) {
        try {
            service.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            task.cancel();
        }
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        writer.shutdown();
        try {
            // Saves already asked for finish before the app exits (their threads are daemons).
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
