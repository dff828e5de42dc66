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
        Path backup = backupWithDarkTheme();
        awaitBackgroundWork();
        assertTrue(context.models().appearance().themeProperty().get() != ThemeChoice.DARK);
        restore(backup);
        robot.clickOn((Button) settingsQuestion(robot).lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThemeChoice.DARK, context.models().appearance().themeProperty().get());
        assertEquals(List.of("Natto from the old computer"), new MyFoods(userStore()).all().stream()
                .map(MyFood::name).toList());
    }

    @Test
    void restoringTheSameBackupAgainAsksAgain(FxRobot robot) throws Exception {
        Path backup = backupWithDarkTheme();
        awaitBackgroundWork();
        restore(backup);
        robot.clickOn((Button) settingsQuestion(robot).lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(context.models().appearance().themeProperty().get() != ThemeChoice.DARK, "declined: not applied");
        restore(backup);
        robot.clickOn((Button) settingsQuestion(robot).lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThemeChoice.DARK, context.models().appearance().themeProperty().get());
    }

    /** A backup made on "another computer" whose settings choose the dark theme. */
    private Path backupWithDarkTheme() throws Exception {
        new SettingsFile(elsewhere).save(Map.of("appearance.theme", "DARK"));
        Path backup = elsewhere.resolve("backup.sqlite");
        try (var library = k2explorer.mine.UserDataService.open(elsewhere, k2explorer.ui.foods.TestFoods.catalog())
                .library()) {
            library.saveMyFood(new MyFood(null, "Natto from the old computer", "", "label",
                    Map.of(KForm.MK7, 880.0), List.of()));
            library.backupTo(backup);
        }
        return backup;
    }

    private void restore(Path backup) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> context.models().userData().restoreFrom(backup)).get(30, TimeUnit.SECONDS)
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane settingsQuestion(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(n -> (DialogPane) n)
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().contains("settings")).findFirst()
                .orElseThrow(() -> new AssertionError("no question about the settings"));
    }
}
