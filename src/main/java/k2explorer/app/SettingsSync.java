package k2explorer.app;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.stage.Stage;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.async.Debouncer;
import k2explorer.ui.async.UiExecutor;
import k2explorer.ui.common.Notifier;

/**
 * Remembers the views' state between runs: puts it back at start-up, then writes it a moment after changes stop
 * (a burst of changes is one write) and once more, with the window's size and place, when the window closes.
 */
public final class SettingsSync implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SettingsSync.class.getName());
    /** Long enough to gather a burst (typing a target, restoring several portions), short enough to feel saved. */
    static final Duration QUIET = Duration.ofMillis(400);

    private final ViewModels models;
    private final Stage stage;
    private final SettingsFile file;
    private final Debouncer<Map<String, String>> writer;
    /** The look as {@link #restoreLook} put it back; null when it did not. */
    private Map<String, String> lookAsRestored;

    public SettingsSync(ViewModels models, Stage stage, SettingsFile file, UiExecutor executor,
                               Notifier notifier) {
        this.models = models;
        this.stage = stage;
        this.file = file;
        this.writer = new Debouncer<>(QUIET, snapshot -> {
            try {
                file.save(snapshot);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Settings not saved to " + file.file(), e);
                executor.onUiThread(() -> notifier.status(Messages.get("status.settingsNotSaved", file.file())
                        + ": " + e.getMessage()));
            }
        });
    }

    /**
     * Puts back the saved look (theme, text size, palette) and the window's size and place before the window is
     * styled and laid out the first time, so it is styled and laid out once, in the user's look and size.
     * {@link #restoreAndWatch} then puts back only the rest: what the user changes in between is theirs.
     */
    public void restoreLook(Map<String, String> saved) {
        models.appearance().restore(saved);
        WindowGeometry.restore(saved).ifPresent(g -> g.applyTo(stage));
        lookAsRestored = models.appearance().snapshot();
    }

    /**
     * Puts back what was saved, then starts remembering changes. The look and the window's size and place are put
     * back here only if {@link #restoreLook} did not already: a long first load leaves the user time to choose
     * another theme or text size (Preferences works before the catalog arrives) or to move, size or maximise the
     * window, and that choice is kept, not undone, and saved (the look at once, the window when it closes).
     */
    public void restoreAndWatch(Map<String, String> saved) {
        SettingsKeys.restore(saved, models.targets(), models.foods(), models.compare());
        if (lookAsRestored == null) {
            models.appearance().restore(saved);
            WindowGeometry.restore(saved).ifPresent(g -> g.applyTo(stage));
        }
        InvalidationListener changed = obs -> writer.submit(snapshot());
        for (Observable o : new Observable[]{models.targets().optionProperty(), models.targets().countedProperty(),
            models.targets().customMicrogramsProperty(), models.targets().bodyWeightKgProperty(),
            models.foods().valuesRevisionProperty(), models.foods().basisProperty(), models.compare().compared(),
            models.foods().hiddenColumns(), models.foods().oneRowPerFamilyProperty(),
            models.foods().welcomeDismissedProperty(),
            models.appearance().themeProperty(), models.appearance().fontScaleProperty(),
            models.appearance().colourBlindPaletteProperty()}) {
            o.addListener(changed);
        }
        // Size and position are saved once, when the window closes.
        stage.setOnHidden(e -> writer.submitNow(snapshot()));
        if (lookAsRestored != null && !lookAsRestored.equals(models.appearance().snapshot())) {
            // changed before anything listened
            writer.submit(snapshot());
        }
    }

    /** Applies settings (from a restored backup) as if the user had chosen them; they are saved as usual. */
    public void apply(Map<String, String> saved) {
        SettingsKeys.restore(saved, models.targets(), models.foods(), models.compare());
        models.appearance().restore(saved);
    }

    private Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>(SettingsKeys.snapshot(models.targets(), models.foods(),
                models.compare()));
        snapshot.putAll(models.appearance().snapshot());
        snapshot.putAll(WindowGeometry.of(stage).snapshot());
        return snapshot;
    }

    SettingsFile file() {
        return file;
    }

    /** Waits for a write still waiting. */
    @Override
    public void close() {
        writer.close();
    }
}
