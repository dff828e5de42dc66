package k2explorer.ui;

import k2explorer.i18n.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

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

    /** Moves and sizes the window, unless no screen would show its title bar (a monitor was unplugged). */
    void applyTo(Stage stage) {
        Rectangle2D titleBar = new Rectangle2D(x + 20, y, Math.max(1, width - 40), 30);
        if (Screen.getScreensForRectangle(titleBar).isEmpty()) {
            return;
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }
}
