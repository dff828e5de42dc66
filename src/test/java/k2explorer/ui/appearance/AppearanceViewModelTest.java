package k2explorer.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Theme, text size and palette choices: what "follow the system" means, and what is remembered. */
class AppearanceViewModelTest {

    @Test
    void followingTheSystemUsesDarkOnlyWhenTheSystemIsDark() {
        AppearanceViewModel m = new AppearanceViewModel();
        assertFalse(m.darkBinding().get());
        m.systemDarkProperty().set(true);
        assertTrue(m.darkBinding().get());
        m.themeProperty().set(ThemeChoice.LIGHT);
        assertFalse(m.darkBinding().get());
        m.themeProperty().set(ThemeChoice.DARK);
        m.systemDarkProperty().set(false);
        assertTrue(m.darkBinding().get());
    }

    @Test
    void choicesSurviveASnapshotAndDamagedValuesKeepTheDefaults() {
        AppearanceViewModel m = new AppearanceViewModel();
        m.themeProperty().set(ThemeChoice.DARK);
        m.fontScaleProperty().set(150);
        m.colourBlindPaletteProperty().set(true);
        AppearanceViewModel restored = new AppearanceViewModel();
        restored.restore(m.snapshot());
        assertEquals(m.snapshot(), restored.snapshot());
        AppearanceViewModel damaged = new AppearanceViewModel();
        damaged.restore(Map.of("appearance.theme", "PURPLE", "appearance.fontScale", "999"));
        assertEquals(ThemeChoice.SYSTEM, damaged.themeProperty().get());
        assertEquals(100, damaged.fontScaleProperty().get());
    }
}
