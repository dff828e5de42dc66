package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.store.SettingsFile;
import k2explorer.ui.appearance.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Restoring a backup made elsewhere asks whether to use its settings too, and uses them when the user agrees. */
class RestorePreferencesUiTest extends AppWindowTest {
    @TempDir
    Path elsewhere;

    @Test
    void theBackupsSettingsAreOfferedAndAppliedOnRequest(FxRobot robot) throws Exception {
        new SettingsFile(elsewhere).save(Map.of("appearance.theme", "DARK"));
        Path backup = elsewhere.resolve("backup.sqlite");
        try (var library = k2explorer.mine.UserDataService.open(elsewhere, k2explorer.ui.foods.TestFoods.catalog())
                .library()) {
            library.saveMyFood(new MyFood(null, "Natto from the old computer", "", "label",
                    Map.of(KForm.MK7, 880.0), List.of()));
            library.backupTo(backup);
        }
        awaitBackgroundWork();
        assertTrue(context.models().appearance().themeProperty().get() != ThemeChoice.DARK);
        WaitForAsyncUtils.asyncFx(() -> context.models().userData().restoreFrom(backup)).get(30, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup(".dialog-pane").queryAll().stream().map(n -> (DialogPane) n)
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().contains("settings")).findFirst()
                .orElseThrow(() -> new AssertionError("no question about the settings"));
        robot.clickOn((Button) ask.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThemeChoice.DARK, context.models().appearance().themeProperty().get());
        assertEquals(List.of("Natto from the old computer"), new MyFoods(userStore()).all().stream()
                .map(MyFood::name).toList());
    }
}
