package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.async.FxUiExecutor;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodTable;
import k2explorer.ui.foods.FoodsViewModel;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up's hand-over to the window. A catalog already read when the full window is shown (a normal start) is in
 * that same FX event: the window's first full frame has the rows and the counts, with no frame of an empty table
 * before it. A load still running, or one that failed, is taken in the background as before.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogWithFullWindowUiTest {
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dataDir;

    /** Held here: the logging framework keeps loggers only weakly. */
    private final Logger appLog = Logger.getLogger(AppContext.class.getName());
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private AppContext context;
    private Stage stage;
    /** What the status bar showed, in order, from the moment the full window's scene was set (FX thread only). */
    private final List<BarShown> barShown = new CopyOnWriteArrayList<>();
    private final ChangeListener<Scene> watchTheStatusBar = (observable, old, scene) -> {
        if (scene != null) {
            StatusBar bar = (StatusBar) scene.getRoot().lookup("#statusBar");
            bar.progressProperty().addListener((o, was, now) -> barShown.add(new BarShown(now.doubleValue(), null)));
            bar.textProperty().addListener((o, was, now) -> barShown.add(new BarShown(-2, now)));
        }
    };

    /** One change on the status bar: its progress (text null) or its text (progress -2). */
    private record BarShown(double progress, String text) {
    }

    @BeforeEach
    void captureTheLog() {
        appLog.addHandler(capture);
    }

    @AfterEach
    void closeTheApp() throws Exception {
        appLog.removeHandler(capture);
        FxToolkit.setupFixture(() -> {
            if (stage != null) {
                stage.sceneProperty().removeListener(watchTheStatusBar);
            }
            if (context != null) {
                context.close();
            }
            Themes.applyDefault();
        });
    }

    /** What {@link AppContext#start} saw in the FX event that showed the full window. */
    private record AtShow(CompletableFuture<Startup> started, boolean startedThen, int tableRows, String status,
                          boolean catalogLogged, String basis) {
    }

    private AtShow start(StartupLoad load) throws Exception {
        return start(load, context -> { });
    }

    /** Starts the app, then does {@code first} in the same FX event (before any pulse or background work). */
    private AtShow start(StartupLoad load, java.util.function.Consumer<AppContext> first) throws Exception {
        AtShow[] seen = new AtShow[1];
        FxToolkit.setupStage(shown -> {
            stage = shown;
            shown.sceneProperty().addListener(watchTheStatusBar);
            Themes.applyDefault();
            context = new AppContext(shown, load, new FxUiExecutor(), url -> { });
            CompletableFuture<Startup> started = context.start();
            first.accept(context);
            StatusBar bar = (StatusBar) shown.getScene().getRoot().lookup("#statusBar");
            TableView<?> table = (TableView<?>) shown.getScene().getRoot().lookup("#foodsTable");
            seen[0] = new AtShow(started, started.isDone(), table.getItems().size(), bar.getText(),
                    logged.stream().anyMatch(m -> m.startsWith("Catalog shown")),
                    context.models().foods().basisProperty().get().name());
        });
        return seen[0];
    }

    /** Start-up with these saved settings, read to the end before the window is shown (a normal start). */
    private StartupLoad loadedWith(String settings) throws Exception {
        Files.writeString(dataDir.resolve(SettingsFile.FILE_NAME), settings);
        CountDownLatch read = new CountDownLatch(1);
        StartupLoad load = StartupLoad.begin(dataDir, (dir, progress, settingsRead) -> {
            Startup startup = Startup.load(dir, progress, settingsRead);
            read.countDown();
            return startup;
        }, () -> false);
        assertTrue(read.await(WAIT_SECONDS, TimeUnit.SECONDS), "the catalog was not read");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> load.loadedSoFar().isPresent());
        return load;
    }

    @Test
    void aCatalogReadBeforeTheWindowIsShownInTheSameEventAsTheFullWindow() throws Exception {
        StartupLoad load = loadedWith("foods.basis=PER_SERVING\n");
        // One row per source: the family rows are not made before the first frame, but off the FX thread after it.
        assertFalse(load.loadedSoFar().orElseThrow().foods().table().familyRowsMade(), "start-up made family rows");

        AtShow atShow = start(load);

        // All in the FX event that set the full scene: no pulse has run since.
        assertTrue(atShow.startedThen(), "the catalog is shown later, not with the full window");
        Startup startup = atShow.started().join();
        assertSame(context.library(), startup.library().library());
        assertTrue(atShow.tableRows() > 8_000, "the Foods table's rows: " + atShow.tableRows());
        assertEquals(MainWindow.statusText(context.models().foods().counts()), atShow.status());
        assertEquals(List.of(), progressShown(), "the status bar showed start-up's progress");
        assertEquals("PER_SERVING", atShow.basis(), "the saved settings were not put back");
        assertFalse(atShow.catalogLogged(), "the start-up line is written before the first full frame");

        // After that frame: the start-up line, and changes to the settings saved.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> logged.stream().anyMatch(m -> m.startsWith("Catalog shown")));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> startup.foods().table().familyRowsMade());
        WaitForAsyncUtils.asyncFx(() -> context.models().foods().oneRowPerFamilyProperty().set(true))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> "true".equals(new SettingsFile(dataDir).load().get("foods.oneRowPerFamily")));
        assertEquals(List.of(), progressShown(), "the status bar showed start-up's progress after the window");
    }

    /** Every progress value the status bar was given since the full window's scene was set. */
    private List<Double> progressShown() {
        return barShown.stream().filter(shown -> shown.text() == null).map(BarShown::progress).toList();
    }

    /**
     * A saved "one row per food" starts so, with every family row, in the event that shows the full window: start-up
     * made the family rows (the FX thread does not), as it does for a saved comparison of a whole family.
     */
    @Test
    void aSavedOneRowPerFoodStartsWithTheFamilyRowsStartUpMade() throws Exception {
        StartupLoad load = loadedWith("foods.oneRowPerFamily=true\n");
        assertTrue(load.loadedSoFar().orElseThrow().foods().table().familyRowsMade(), "start-up left them");

        AtShow atShow = start(load);
        Startup startup = atShow.started().join();
        assertTrue(context.models().foods().oneRowPerFamilyProperty().get());
        List<FoodRow> families = startup.foods().table().familyRows();
        assertTrue(families.stream().anyMatch(r -> r.family() != null), "no family rows");
        assertEquals(families.size(), atShow.tableRows(), "the table shows one row per food from the start");
        assertEquals(context.models().foods().summaryProperty().get(), Messages.get("foods.summary.families",
                String.format("%,d", families.size()), String.format("%,d", families.size()),
                String.format("%,d", startup.foods().table().rows(false).size())));
        String family = families.stream().filter(r -> r.family() != null).findFirst().orElseThrow().key();
        assertTrue(SettingsKeys.needFamilyRows(java.util.Map.of("compare.foods", "usda:1," + family)));
        assertFalse(SettingsKeys.needFamilyRows(java.util.Map.of("compare.foods", "usda:1,usda:2")));
    }

    /**
     * One row per food asked for before the family rows were made in the background (in the event that shows the
     * window): the table shows every family row at once, the rows a start in that mode shows.
     */
    @Test
    void oneRowPerFoodAskedForBeforeTheFamilyRowsAreMadeShowsThemAll() throws Exception {
        StartupLoad load = loadedWith("");
        FoodTable table = load.loadedSoFar().orElseThrow().foods().table();
        boolean[] madeBefore = new boolean[1];
        AtShow atShow = start(load, app -> {
            madeBefore[0] = table.familyRowsMade();
            app.models().foods().oneRowPerFamilyProperty().set(true);
        });
        assertFalse(madeBefore[0], "the family rows were made before they were asked for");
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> context.models().foods().visibleRows().stream()
                .map(FoodRow::key).toList()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(atShow.tableRows(), shown.size());
        FoodsViewModel startedSo = new FoodsViewModel();
        startedSo.oneRowPerFamilyProperty().set(true);
        startedSo.sortBy(List.of(FoodsViewModel.STARTING_ORDER));
        startedSo.setCatalog(FoodsViewModel.prepare(load.loadedSoFar().orElseThrow().foods().catalog(), true));
        assertEquals(startedSo.visibleRows().stream().map(FoodRow::key).toList(), shown);
        assertEquals(startedSo.summaryProperty().get(), context.models().foods().summaryProperty().get());
    }

    @Test
    void aLoadStillRunningIsShownWhenItEndsWithItsProgressBeforeAndTheCountsAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StartupLoad load = HeldStartupLoad.beforeEverything(dataDir, release);

        AtShow atShow = start(load);
        assertFalse(atShow.startedThen());
        assertEquals(0, atShow.tableRows());
        assertEquals(Messages.get("status.starting"), atShow.status());

        release.countDown();
        Startup startup = atShow.started().get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(context.library(), startup.library().library());
        StatusBar bar = (StatusBar) stage.getScene().getRoot().lookup("#statusBar");
        String counts = MainWindow.statusText(context.models().foods().counts());
        assertEquals(counts, bar.getText());
        assertEquals(0, bar.getProgress());
        assertTrue(context.models().foods().visibleRows().size() > 8_000);
        int countsShownAt = barShown.indexOf(new BarShown(-2, counts));
        assertTrue(countsShownAt > 0, "the counts were not shown: " + barShown);
        assertTrue(barShown.subList(0, countsShownAt).stream()
                        .anyMatch(shown -> shown.text() == null && shown.progress() > 0 && shown.progress() < 1),
                "no progress between 0 and 1 was shown before the counts: " + barShown);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> logged.stream().anyMatch(m -> m.startsWith("Catalog shown")));
    }

    @Test
    void aLoadThatFailedIsToldAsBeforeAndTheWindowStaysUsable() throws Exception {
        StartupLoad load = StartupLoad.begin(dataDir, (dir, progress, settingsRead) -> {
            throw new IllegalStateException("the disk went away");
        }, () -> false);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            try {
                load.take((fraction, message) -> { });
                return false;
            } catch (IllegalStateException e) {
                return true;
            }
        });

        AtShow atShow = start(load);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> atShow.started().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(atShow.started().isCompletedExceptionally());
        StatusBar bar = (StatusBar) stage.getScene().getRoot().lookup("#statusBar");
        assertEquals(Messages.get("status.catalogFailed", "the disk went away"), bar.getText());
        assertEquals(0, bar.getProgress());
        assertNull(context.library());
        assertTrue(context.models().foods().visibleRows().isEmpty());
        assertTrue(stage.getScene().getRoot().lookup("#foodsEmptyNote").isVisible());
        List<DialogPane> told = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).toList()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        try {
            assertEquals(List.of(Messages.get("error.catalog.header")),
                    told.stream().map(DialogPane::getHeaderText).toList());
            assertEquals(Messages.get("error.catalog.text", "the disk went away", dataDir),
                    told.get(0).getContentText());
        } finally {
            FxToolkit.setupFixture(() -> told.forEach(pane -> pane.getScene().getWindow().hide()));
        }
    }
}
