package k2explorer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjLongConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import k2explorer.app.K2App;
import k2explorer.app.Startup;

/**
 * One side of the interaction benchmark ({@link InteractionBench}): starts the app or the floor (a bare TableView,
 * {@link FloorWindow}) in this JVM, sizes its window, and plays the scripted session, printing one line per
 * interaction: from the event to the end of the first frame that shows its result, split into the CSS pass, the
 * layout pass and the rest (sync to the render graph, paint, present), plus the CSS + layout of later pulses.
 *
 * <p>How a pulse is split: a pre-layout pulse listener runs just before the scene's own CSS and layout passes; for
 * the measured pulse it runs them itself ({@code root.applyCss()}, then {@code root.layout()}), timed, so the
 * scene's passes find nothing left to do. The frame's end is the scene's rendered-frame callback (render thread).
 *
 * <p>Arguments: {@code app|floor width height rounds} (the first round is a warm-up and not reported).
 */
public final class InteractionSession {
    static final String PREFIX = "K2INT";
    private static final long SETTLE_MS = 300;
    private static final long TIMEOUT_S = 20;
    private static final String[] WORDS = {"cheddar", "kale raw", "natto"};
    private static final String[] SORT_COLUMNS = {"colName", "colK1", "colTotalK2", "colGramsToTarget"};
    private static final int PAGE_DOWNS = 20;

    private Scene scene;
    private TextField search;
    private TableView<?> table;

    /** State of the measured interaction; touched on the FX thread, the frame end on the render thread. */
    private volatile Probe probe;

    private static final class Probe {
        final String figure;
        final long start;
        final CompletableFuture<String> done = new CompletableFuture<>();
        volatile int stage; // 0 waiting for the pulse, 1 waiting for the frame, 2 frame seen
        long css;
        long layout;
        long postLayout;
        long frame;
        long laterCssLayout;
        long pulseStart;

        Probe(String figure, long start) {
            this.figure = figure;
            this.start = start;
        }
    }

    private InteractionSession() {
    }

    public static void main(String[] args) throws Exception {
        String program = args[0];
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        if (program.equals("app")) {
            new Thread(() -> Application.launch(K2App.class), "launcher").start();
        } else {
            new Thread(() -> Application.launch(FloorWindow.class), "launcher").start();
        }
        InteractionSession session = new InteractionSession();
        session.awaitWindow(width, height);
        for (int round = 0; round < rounds; round++) {
            session.play(round == 0);
        }
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    /** Waits for the table to be filled, then sizes the window and lets it settle. */
    private void awaitWindow(int width, int height) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            AtomicReference<Boolean> ready = new AtomicReference<>(false);
            try {
                onFx(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof Stage stage && stage.getScene() != null
                            && stage.getScene().lookup("#foodsTable") instanceof TableView<?> t
                            && t.getItems().size() > 1000) {
                        scene = stage.getScene();
                        table = t;
                        search = (TextField) scene.lookup("#searchField");
                        stage.setX(0);
                        stage.setY(0);
                        stage.setWidth(width);
                        stage.setHeight(height);
                        ready.set(true);
                    }
                }
                });
            } catch (IllegalStateException toolkitNotStarted) {
                continue;
            }
            if (ready.get()) {
                Thread.sleep(3000);
                onFx(this::install);
                Thread.sleep(500);
                return;
            }
        }
        throw new IllegalStateException("no filled #foodsTable within 180 s");
    }

    private void install() {
        scene.addPreLayoutPulseListener(withProbe((p, now) -> {
            if (p.stage == 0) {
                Parent root = scene.getRoot();
                long t0 = System.nanoTime();
                root.applyCss();
                long t1 = System.nanoTime();
                root.layout();
                long t2 = System.nanoTime();
                p.css = t1 - t0;
                p.layout = t2 - t1;
            } else {
                p.pulseStart = now;
            }
        }));
        scene.addPostLayoutPulseListener(withProbe((p, now) -> {
            if (p.stage == 0) {
                p.postLayout = now;
                p.stage = 1;
            } else if (p.pulseStart != 0) {
                p.laterCssLayout += now - p.pulseStart;
                p.pulseStart = 0;
            }
        }));
        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(withProbe((p, now) -> {
            if (p.stage == 1) {
                p.frame = now;
                p.stage = 2;
            }
        }));
        search.requestFocus();
    }

    /** A pulse or frame listener that hands the probe in flight, if any, and the time now to {@code step}. */
    private Runnable withProbe(ObjLongConsumer<Probe> step) {
        return () -> {
            Probe p = probe;
            if (p != null) {
                step.accept(p, System.nanoTime());
            }
        };
    }

    private void play(boolean warmUp) throws Exception {
        List<String> lines = new ArrayList<>();
        onFx(() -> search.requestFocus());
        for (String word : WORDS) {
            for (char c : word.toCharArray()) {
                lines.add(measure("keystroke", () -> type(c)));
            }
            for (int i = 0; i < word.length(); i++) {
                lines.add(measure("keystroke", this::backspace));
            }
        }
        for (String id : SORT_COLUMNS) {
            lines.add(measure("sort", () -> clickHeader(id)));
            lines.add(measure("sort", () -> clickHeader(id)));
        }
        onFx(() -> {
            table.requestFocus();
            table.scrollTo(0);
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        Thread.sleep(SETTLE_MS);
        for (int i = 0; i < PAGE_DOWNS; i++) {
            lines.add(measure("scroll", this::pageDown));
        }
        if (!warmUp) {
            lines.forEach(System.out::println);
        }
        System.err.println("round done" + (warmUp ? " (warm-up)" : ""));
    }

    private String measure(String figure, Runnable action) throws Exception {
        AtomicReference<Probe> started = new AtomicReference<>();
        onFx(() -> {
            Probe p = new Probe(figure, System.nanoTime());
            probe = p;
            started.set(p);
            action.run();
            Platform.requestNextPulse();
        });
        Probe p = started.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (p.stage != 2 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(SETTLE_MS);
        onFx(() -> probe = null);
        if (p.stage != 2) {
            return PREFIX + " " + figure + " timeout";
        }
        return String.format("%s %s total=%d css=%d layout=%d render=%d later=%d", PREFIX, figure,
                p.frame - p.start, p.css, p.layout, p.frame - p.postLayout, p.laterCssLayout);
    }

    private void type(char c) {
        KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        key(search, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code);
        key(search, KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED);
        key(search, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, code);
    }

    private void backspace() {
        key(search, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE);
        key(search, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE);
    }

    private void pageDown() {
        key(table, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.PAGE_DOWN);
        key(table, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.PAGE_DOWN);
    }

    private static void key(Node target, javafx.event.EventType<KeyEvent> type, String character, KeyCode code) {
        Event.fireEvent(target, new KeyEvent(null, target, type, character, "", code, false, false, false, false));
    }

    private void clickHeader(String columnId) {
        TableColumnHeader header = null;
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() != null
                    && columnId.equals(((TableColumnBase<?, ?>) h.getTableColumn()).getId())) {
                header = h;
            }
        }
        if (header == null) {
            throw new IllegalStateException("no header " + columnId);
        }
        Bounds b = header.localToScene(header.getLayoutBounds());
        double x = b.getCenterX();
        double y = b.getCenterY();
        for (javafx.event.EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED)) {
            boolean down = type == MouseEvent.MOUSE_PRESSED;
            Event.fireEvent(header, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false,
                    false, down, false, false, false, false, true, null));
        }
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        f.get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
