package k2explorer.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.ui.appearance.AppearanceViewModel;
import k2explorer.ui.appearance.SystemTheme;

/**
 * Start-up's disk work ({@link Startup#load}) for one data folder: begun on its own thread once the first window
 * shows ({@link #begin}, by {@link K2App}), or run when the window asks for it ({@link #onDemand}, the UI tests).
 * One instance per start, handed to the composition root ({@link AppContext}), which takes it once.
 */
final class StartupLoad {
    private final Path dataDirectory;
    private final ForwardingProgress earlyProgress = new ForwardingProgress();
    /** The load begun early; null when it is run on demand. */
    private final CompletableFuture<Startup> early;
    /** The saved settings, once the early load has read them (its first step). */
    private final CompletableFuture<Map<String, String>> earlySettings = new CompletableFuture<>();
    /** How the desktop's light or dark theme is found out ({@link SystemTheme#prefersDark}; a test's stand-in). */
    private final Callable<Boolean> desktopTheme;
    /**
     * Whether the desktop prefers dark, once the early load has asked (right after the settings, when they leave
     * the theme to the desktop).
     */
    private final CompletableFuture<Boolean> earlySystemDark = new CompletableFuture<>();

    /** How the early load reads: {@link Startup#load}, or in a test one that is held back or fails. */
    @FunctionalInterface
    interface Loader {
        Startup load(Path dataDirectory, ProgressListener progress, Consumer<Map<String, String>> settingsRead);
    }

    private StartupLoad(Path dataDirectory, Loader loader, Callable<Boolean> desktopTheme) {
        this.dataDirectory = dataDirectory;
        this.desktopTheme = desktopTheme;
        if (loader == null) {
            early = null;
            return;
        }
        early = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                early.complete(loader.load(dataDirectory, earlyProgress, saved -> {
                    earlySettings.complete(saved);
                    // Asked here, on this thread, while the window is made (a small command on Linux and Windows):
                    // no thread of its own at start-up, and the answer is in before the window's first style pass.
                    // Only when the saved look follows the desktop: a saved light or dark theme does not wait for
                    // the command before its catalog (the window then asks in the background, as ever).
                    if (AppearanceViewModel.followsDesktop(saved)) {
                        earlySystemDark.complete(askDesktop());
                    }
                }));
            } catch (RuntimeException | Error e) {
                early.completeExceptionally(e);
            }
        }, "k2-startup");
        t.setDaemon(true);
        t.start();
    }

    /** Starts loading on a background thread right away (the app, once its first window shows). */
    static StartupLoad begin(Path dataDirectory) {
        return begin(dataDirectory, Startup::load, SystemTheme::prefersDark);
    }

    /** Starts {@code loader} on a background thread right away, asking {@code desktopTheme} after the settings. */
    static StartupLoad begin(Path dataDirectory, Loader loader, Callable<Boolean> desktopTheme) {
        return new StartupLoad(dataDirectory, loader, desktopTheme);
    }

    /** Loads when {@link #take} is called (the UI tests, or a start without the launcher). */
    static StartupLoad onDemand(Path dataDirectory) {
        return new StartupLoad(dataDirectory, null, SystemTheme::prefersDark);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * The saved settings if the early load has read them by now (it reads them first, while the window is being
     * made); empty on demand or before then. Never waits.
     */
    Optional<Map<String, String>> settingsReadSoFar() {
        return Optional.ofNullable(earlySettings.getNow(null));
    }

    /**
     * Whether the desktop prefers a dark theme, if the early load has asked by now (right after reading the settings,
     * only when they leave the theme to the desktop); empty on demand, before then, or under a saved light or dark
     * theme. Never waits.
     */
    Optional<Boolean> systemDarkSoFar() {
        return Optional.ofNullable(earlySystemDark.getNow(null));
    }

    /** Asks the desktop whether it prefers a dark theme (runs a small command: never on the FX thread). */
    Callable<Boolean> desktopTheme() {
        return this::askDesktop;
    }

    /** The desktop's answer; light when it cannot be asked. */
    private boolean askDesktop() {
        try {
            return desktopTheme.call();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The early load's result if it has finished without an error by now (a normal start: it is read before the
     * window is made); empty on demand, while it runs, or when it failed ({@link #take} then waits for it or throws
     * its error). Never waits.
     */
    Optional<Startup> loadedSoFar() {
        if (early == null || !early.isDone() || early.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(early.join());
    }

    /**
     * The early load if one was begun (reporting to {@code progress} what it reported so far and what follows),
     * else a load now. Long work, never on the FX thread.
     */
    Startup take(ProgressListener progress) throws Exception {
        if (early == null) {
            return Startup.load(dataDirectory, progress);
        }
        earlyProgress.forwardTo(progress);
        try {
            return early.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Holds progress reported before anyone listens, and passes it on once someone does. */
    private static final class ForwardingProgress implements ProgressListener {
        private ProgressListener target;
        private double lastFraction = -1;
        private String lastMessage;

        @Override
        public synchronized void progress(double fraction, String message) {
            lastFraction = fraction;
            lastMessage = message;
            if (target != null) {
                target.progress(fraction, message);
            }
        }

        synchronized void forwardTo(ProgressListener listener) {
            target = listener;
            if (lastMessage != null) {
                listener.progress(lastFraction, lastMessage);
            }
        }
    }
}
