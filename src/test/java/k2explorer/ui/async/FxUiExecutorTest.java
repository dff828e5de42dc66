package k2explorer.ui.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Background work whose result cannot be shown is never silent: the user hears that it was done and not shown. */
class FxUiExecutorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSuccessHandlerThatThrowsIsReportedAsResultNotShown() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        try (FxUiExecutor executor = new FxUiExecutor()) {
            executor.whenResultNotShown(e -> told.add("not shown: " + e.getMessage()));
            CompletableFuture<Integer> done = executor.runInOrder(() -> 42, v -> {
                throw new IllegalStateException("the view broke");
            }, e -> told.add("failed: " + e.getMessage()));
            assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
            assertEquals(List.of("not shown: the view broke"), told);
        }
        List<String> withoutHandler = new CopyOnWriteArrayList<>();
        try (FxUiExecutor executor = new FxUiExecutor()) {
            CompletableFuture<Integer> done = executor.run(() -> 1, v -> {
                throw new IllegalStateException("again");
            }, e -> withoutHandler.add("failed: " + e.getMessage()));
            assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
            assertTrue(withoutHandler.contains("failed: again"), withoutHandler.toString());
        }
    }

    @Test
    void aResultAtHandIsShownAtOnceAndAFailureToShowItIsToldTheSameWay() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        try (FxUiExecutor executor = new FxUiExecutor()) {
            executor.whenResultNotShown(e -> told.add("not shown: " + e.getMessage()));
            CompletableFuture<CompletableFuture<Integer>> shown = new CompletableFuture<>();
            javafx.application.Platform.runLater(() -> {
                CompletableFuture<Integer> done = executor.showNow(7, v -> told.add("shown: " + v),
                        e -> told.add("failed: " + e.getMessage()));
                told.add("returned, done=" + done.isDone());
                shown.complete(executor.showNow(8, v -> {
                    throw new IllegalStateException("the view broke");
                }, e -> told.add("failed: " + e.getMessage())));
            });
            CompletableFuture<Integer> broken = shown.get(10, TimeUnit.SECONDS);
            assertTrue(broken.isCompletedExceptionally());
            assertEquals(List.of("shown: 7", "returned, done=true", "not shown: the view broke"), told);
        }
    }
}
