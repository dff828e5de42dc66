package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.appearance.Appearance;
import k2explorer.ui.appearance.ThemeChoice;
import k2explorer.ui.async.FxUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A returning user's look (dark theme, larger text) is on the window from its first style pass, when start-up has
 * read the settings by then (it reads them first): the window is not styled once in the default look and again in
 * theirs when the catalog arrives. Nor is a dark desktop's window under the "system" look: start-up asks the desktop
 * right after the settings.
 */
@ExtendWith(ApplicationExtension.class)
class SavedLookFirstUiTest {
    @TempDir
    Path dataDir;

    private AppContext context;
    /** Held back after the settings until the window has been checked: a catalog read by then would go into it. */
    private final CountDownLatch catalogMayLoad = new CountDownLatch(1);

    /** What the full window was styled with in the event that showed it, its first style pass. */
    private record FirstPass(boolean dark, String theme, double filterFontSize, boolean catalogShown) {
    }

    /** Starts the window on {@code load} and reads what its first style pass used. */
    private FirstPass start(StartupLoad load) throws Exception {
        FirstPass[] seen = new FirstPass[1];
        FxToolkit.setupStage(stage -> {
            Themes.applyDefault();
            context = new AppContext(stage, load, new FxUiExecutor(), url -> { });
            context.start();
            // setting the scene of a shown window styled and laid it out: what it was styled with is on it now
            Parent root = stage.getScene().getRoot();
            seen[0] = new FirstPass(root.getStyleClass().contains(Appearance.DARK_CLASS),
                    Application.getUserAgentStylesheet(), ((Labeled) root.lookup("#k2OnlyFilter")).getFont().getSize(),
                    context.models().foods().catalogProperty().get() != null);
        });
        return seen[0];
    }

    /** Lets the catalog load and waits until it is shown. */
    private void catalogShown() throws Exception {
        catalogMayLoad.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.library() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeTheApp() throws Exception {
        catalogMayLoad.countDown();
        FxToolkit.setupFixture(() -> {
            if (context != null) {
                context.close();
            }
            Themes.applyDefault();
        });
    }

    @Test
    void theWindowIsStyledInTheSavedLookBeforeTheCatalogIsShown() throws Exception {
        Files.writeString(dataDir.resolve(SettingsFile.FILE_NAME),
                "appearance.theme=DARK\nappearance.fontScale=150\n");
        StartupLoad load = HeldStartupLoad.afterTheSettings(dataDir, catalogMayLoad, () -> false);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> load.settingsReadSoFar().isPresent());

        FirstPass first = start(load);

        assertFalse(first.catalogShown(), "the check ran after the catalog was shown");
        assertTrue(first.dark(), "the first style pass was in the light theme");
        assertEquals(21, first.filterFontSize(), 0.01, "the first style pass was at 100 % text");
        catalogShown();
        assertEquals(150, context.models().appearance().fontScaleProperty().get());
    }

    /**
     * A dark desktop and the "system" look (no saved theme): the desktop is asked by start-up right after the
     * settings, so the window's first style pass is already dark, not light and then all again dark.
     */
    @Test
    void aDarkDesktopsWindowIsStyledDarkOnItsFirstPass() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        StartupLoad load = HeldStartupLoad.afterTheSettings(dataDir, catalogMayLoad, () -> {
            asked.incrementAndGet();
            return true;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> load.systemDarkSoFar().isPresent());

        FirstPass first = start(load);

        assertEquals(ThemeChoice.SYSTEM, context.models().appearance().themeProperty().get());
        assertTrue(first.dark(), "the first style pass was in the light theme");
        assertEquals(Appearance.themeStylesheet(true), first.theme());
        catalogShown();
        assertEquals(1, asked.get(), "the desktop was asked again");
        assertTrue(context.models().appearance().darkBinding().get());
    }
}
