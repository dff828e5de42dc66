package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.appearance.ThemeChoice;
import k2explorer.ui.async.QueuedUiExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A returning user's look and window size are put back before the window is first styled; what they change while
 * the catalog is still loading (a long first load after an update) is theirs: the catalog arriving does not put the
 * saved look or size back over it, and the new look is saved.
 */
@ExtendWith(ApplicationExtension.class)
class LookChangedDuringLoadUiTest {
    @TempDir
    Path dataDir;

    @Test
    @SuppressWarnings("unchecked")
    void aLookAndSizeChosenBeforeTheCatalogArrivesAreKeptAndSaved(FxRobot robot) throws Exception {
        Path file = dataDir.resolve(SettingsFile.FILE_NAME);
        Files.writeString(file, "appearance.theme=DARK\nappearance.fontScale=150\n"
                + "window.x=20\nwindow.y=20\nwindow.width=900\nwindow.height=600\nwindow.maximized=false\n");
        // Held back after the settings until the user's changes are made: a catalog read by the time the window is
        // shown would go into it at once.
        java.util.concurrent.CountDownLatch catalogMayLoad = new java.util.concurrent.CountDownLatch(1);
        StartupLoad load = HeldStartupLoad.afterTheSettings(dataDir, catalogMayLoad, () -> false);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> load.settingsReadSoFar().isPresent());
        // The window's background work (taking the catalog first) waits until the test lets it run.
        QueuedUiExecutor executor = new QueuedUiExecutor();
        AppContext[] context = new AppContext[1];
        Stage[] stage = new Stage[1];
        FxToolkit.setupStage(shown -> {
            Themes.applyDefault();
            stage[0] = shown;
            context[0] = new AppContext(shown, load, executor, url -> { });
            context[0].start();
        });
        try {
            assertEquals(900, stage[0].getWidth(), 0.5, "the saved size was put back before the catalog");
            assertEquals(150, context[0].models().appearance().fontScaleProperty().get());
            // Before the catalog arrives: Preferences from the keyboard, and the window made wider.
            PreferencesByKeyboard.choose(robot, ThemeChoice.LIGHT, 110);
            robot.push(KeyCode.ESCAPE);
            robot.interact(() -> stage[0].setWidth(1000));
            assertNull(context[0].models().foods().catalogProperty().get(), "the catalog came before the changes");

            catalogMayLoad.countDown();
            // read to its end first: this test's executor would pass on the load's progress on the loading thread
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> load.loadedSoFar().isPresent());
            WaitForAsyncUtils.asyncFx(executor::runAll).get(120, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(context[0].models().foods().catalogProperty().get() != null, "the catalog was not shown");
            assertEquals(110, context[0].models().appearance().fontScaleProperty().get(),
                    "the saved text size was put back over the user's choice");
            assertEquals(ThemeChoice.LIGHT, context[0].models().appearance().themeProperty().get());
            assertEquals(1000, stage[0].getWidth(), 0.5, "the saved width was put back over the user's");
            // Saved although the choice was made before anything listened for changes.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> "110".equals(new SettingsFile(dataDir).load().get("appearance.fontScale")));
            Map<String, String> saved = new SettingsFile(dataDir).load();
            assertEquals("LIGHT", saved.get("appearance.theme"), saved.toString());
        } finally {
            FxToolkit.setupFixture(() -> {
                if (context[0] != null) {
                    context[0].close();
                }
                javafx.geometry.Dimension2D size = MainWindow.firstSize();
                stage[0].setWidth(size.getWidth());
                stage[0].setHeight(size.getHeight());
                Themes.applyDefault();
            });
        }
    }
}
