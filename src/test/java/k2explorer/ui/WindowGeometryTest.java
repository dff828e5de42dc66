package k2explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The window's size and position are remembered; nonsense in the settings file is ignored. */
class WindowGeometryTest {
    @Test
    void aSavedGeometryComesBack() {
        WindowGeometry g = new WindowGeometry(40, 30, 1200, 800, false);
        assertEquals(g, WindowGeometry.restore(g.snapshot()).orElseThrow());
    }

    @Test
    void tinyMissingOrDamagedGeometriesAreIgnored() {
        assertTrue(WindowGeometry.restore(Map.of()).isEmpty());
        assertTrue(WindowGeometry.restore(new WindowGeometry(0, 0, 100, 50, false).snapshot()).isEmpty());
        assertTrue(WindowGeometry.restore(Map.of("window.x", "a", "window.y", "0", "window.width", "900",
                "window.height", "700")).isEmpty());
    }
}
