package k2explorer.app;

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

    @Test
    void aWindowSavedLargerThanTheScreenOrPastItsEdgeIsFittedToIt() {
        javafx.geometry.Rectangle2D screen = new javafx.geometry.Rectangle2D(0, 0, 1280, 800);
        WindowGeometry huge = WindowGeometry.restore(new WindowGeometry(0, 0, 100_000, 100_000, false).snapshot())
                .orElseThrow();
        assertEquals(new WindowGeometry(0, 0, 1280, 800, false), huge.fittedTo(screen));
        assertEquals(new WindowGeometry(280, 100, 1000, 700, false),
                new WindowGeometry(900, 100, 1000, 700, false).fittedTo(screen));
        javafx.geometry.Rectangle2D right = new javafx.geometry.Rectangle2D(1920, 0, 1920, 1080);
        assertEquals(new WindowGeometry(1920, 0, 1920, 1080, true),
                new WindowGeometry(2000, 10, 5000, 3000, true).fittedTo(right));
        WindowGeometry fine = new WindowGeometry(40, 30, 1200, 700, false);
        assertEquals(fine, fine.fittedTo(screen));
        assertTrue(WindowGeometry.restore(Map.of("window.x", "0", "window.y", "0", "window.width", "Infinity",
                "window.height", "700")).isEmpty());
    }
}
