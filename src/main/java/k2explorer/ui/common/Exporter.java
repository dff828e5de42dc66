package k2explorer.ui.common;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Writes a file the user asked for after earlier user-data writes, then names it in the status bar or reports the
 * failure. The window's exports implement it; view-models that save files get it instead of the window.
 */
public interface Exporter {
    /** Writes after earlier user-data writes (a backup or export then holds everything saved before it). */
    <T> CompletableFuture<T> writeInOrder(Path target, Callable<T> work, Function<T, String> done);
}
