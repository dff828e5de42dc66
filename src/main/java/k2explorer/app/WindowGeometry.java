package k2explorer.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import k2explorer.i18n.Numbers;

/** The main window's size and position, remembered between runs and put back only where a screen shows it. */
record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    private static final String PREFIX = "window.";
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    static WindowGeometry of(Stage stage) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    Map<String, String> snapshot() {
        Map<String, String> map = new LinkedHashMap<>();
        if (Double.isFinite(x) && Double.isFinite(y) && width > 0 && height > 0) {
            map.put(PREFIX + "x", String.valueOf(Math.round(x)));
            map.put(PREFIX + "y", String.valueOf(Math.round(y)));
            map.put(PREFIX + "width", String.valueOf(Math.round(width)));
            map.put(PREFIX + "height", String.valueOf(Math.round(height)));
            map.put(PREFIX + "maximized", String.valueOf(maximized));
        }
        return map;
    }

    static Optional<WindowGeometry> restore(Map<String, String> saved) {
        // the settings' number form: "NaN", "1e9" or "0x10" are damage, not a position
        Double x = Numbers.fromFile(saved.get(PREFIX + "x"));
        Double y = Numbers.fromFile(saved.get(PREFIX + "y"));
        Double w = Numbers.fromFile(saved.get(PREFIX + "width"));
        Double h = Numbers.fromFile(saved.get(PREFIX + "height"));
        boolean max = Boolean.parseBoolean(saved.get(PREFIX + "maximized"));
        if (x == null || y == null || w == null || h == null || w < MIN_WIDTH || h < MIN_HEIGHT) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(x, y, w, h, max));
    }

    /**
     * Moves and sizes the window, unless no screen would show its title bar (a monitor was unplugged); a window
     * saved larger than the screen it opens on (or reaching past its edge) is fitted to it.
     */
    void applyTo(Stage stage) {
        Rectangle2D titleBar = new Rectangle2D(x + 20, y, Math.max(1, Math.min(width, 1e6) - 40), 30);
        var screens = Screen.getScreensForRectangle(titleBar);
        if (screens.isEmpty()) {
            return;
        }
        WindowGeometry fitted = fittedTo(screens.get(0).getVisualBounds());
        stage.setX(fitted.x);
        stage.setY(fitted.y);
        stage.setWidth(fitted.width);
        stage.setHeight(fitted.height);
        stage.setMaximized(maximized);
    }

    /** This geometry made to lie inside {@code screen}: no larger than it, and moved in from its edges. */
    WindowGeometry fittedTo(Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        double left = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double top = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new WindowGeometry(left, top, w, h, maximized);
    }
}
