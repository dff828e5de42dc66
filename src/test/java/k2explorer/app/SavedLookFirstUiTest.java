package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.appearance.Appearance;
import k2explorer.ui.async.FxUiExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A returning user's look (dark theme, larger text) is on the window from its first style pass, when start-up has
 * read the settings by then (it reads them first): the window is not styled once in the default look and again in
 * theirs when the catalog arrives.
 */
@ExtendWith(ApplicationExtension.class)
class SavedLookFirstUiTest {
    @TempDir
    Path dataDir;

    @Test
    void theWindowIsStyledInTheSavedLookBeforeTheCatalogIsShown() throws Exception {
        Files.writeString(dataDir.resolve(SettingsFile.FILE_NAME),
                "appearance.theme=DARK\nappearance.fontScale=150\n");
        StartupLoad load = StartupLoad.begin(dataDir);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> load.settingsReadSoFar().isPresent());
        AppContext[] context = new AppContext[1];
        boolean[] darkAtFirstPass = new boolean[1];
        double[] fontAtFirstPass = new double[1];
        boolean[] catalogShownThen = new boolean[1];
        FxToolkit.setupStage(stage -> {
            Themes.applyDefault();
            context[0] = new AppContext(stage, load, new FxUiExecutor(), url -> { });
            context[0].start();
            // The window has had its first style pass (setting the scene of a shown window styles and lays it out);
            // the catalog is shown later, on this thread.
            Parent root = stage.getScene().getRoot();
            darkAtFirstPass[0] = root.getStyleClass().contains(Appearance.DARK_CLASS);
            fontAtFirstPass[0] = ((Labeled) root.lookup("#k2OnlyFilter")).getFont().getSize();
            catalogShownThen[0] = context[0].models().foods().catalogProperty().get() != null;
        });
        try {
            assertTrue(!catalogShownThen[0], "the check ran after the catalog was shown");
            assertTrue(darkAtFirstPass[0], "the first style pass was in the light theme");
            assertEquals(21, fontAtFirstPass[0], 0.01, "the first style pass was at 100 % text");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context[0].library() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(150, context[0].models().appearance().fontScaleProperty().get());
        } finally {
            FxToolkit.setupFixture(() -> {
                context[0].close();
                Themes.applyDefault();
            });
        }
    }
}
