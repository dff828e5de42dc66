package k2explorer.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import k2explorer.catalog.Catalog;
import k2explorer.export.CatalogCsv;
import k2explorer.export.CoverageCsv;
import k2explorer.export.PngFile;
import k2explorer.i18n.Messages;
import k2explorer.ui.async.UiExecutor;
import k2explorer.ui.common.Exporter;
import k2explorer.ui.common.Notifier;
import k2explorer.ui.foods.FoodsViewModel;

/** The window's exports: what is shown is captured on the FX thread, the file is written in the background. */
public final class WindowExporter implements Exporter {
    private final UiExecutor executor;
    private final Notifier notifier;
    private final FoodsViewModel foods;

    public WindowExporter(UiExecutor executor, Notifier notifier, FoodsViewModel foods) {
        this.executor = executor;
        this.notifier = notifier;
        this.foods = foods;
    }

    /** Every catalog value as CSV. */
    public CompletableFuture<Integer> catalogCsv(Path target) {
        Catalog catalog = foods.catalogProperty().get();
        return write(target, () -> CatalogCsv.export(catalog, target),
                rows -> Messages.get("status.exportedValues", rows, target));
    }

    /** The Coverage tab's table (worked out on the FX thread), written in the background. */
    public CompletableFuture<Integer> coverageCsv(CoverageCsv.Table table, Path target) {
        return write(target, () -> {
            CoverageCsv.export(table.header(), table.lines(), target);
            return table.lines().size();
        }, rows -> Messages.get("status.exportedCoverage", rows, target));
    }

    /** Draws {@code node} now and writes it as PNG; {@code doneKey} is the status message naming the file. */
    public CompletableFuture<Void> png(Node node, Path target, String doneKey) {
        PngSnapshot image = PngSnapshot.of(node);
        return write(target, () -> {
            PngFile.write(image.argb(), image.width(), image.height(), target);
            return null;
        }, none -> Messages.get(doneKey, target));
    }

    /** Writes after earlier user-data writes (a backup or export then holds everything saved before it). */
    @Override
    public <T> CompletableFuture<T> writeInOrder(Path target, Callable<T> work, Function<T, String> done) {
        return executor.runInOrder(work, value -> notifier.status(done.apply(value)), failure(target));
    }

    private <T> CompletableFuture<T> write(Path target, Callable<T> work, Function<T, String> done) {
        return executor.run(work, value -> notifier.status(done.apply(value)), failure(target));
    }

    private Consumer<Throwable> failure(Path target) {
        return e -> notifier.error(Messages.get("error.export.header"),
                Messages.get("error.export.text", target, e.getMessage()));
    }
}
