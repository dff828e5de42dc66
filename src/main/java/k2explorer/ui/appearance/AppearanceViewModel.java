package k2explorer.ui.appearance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Theme, font size and chart palette, remembered between runs. Usable without the FX thread. */
public final class AppearanceViewModel {
    public static final List<Integer> FONT_SCALES = List.of(90, 100, 110, 125, 150);
    static final String THEME = "appearance.theme";
    static final String FONT = "appearance.fontScale";
    static final String PALETTE = "appearance.colourBlindPalette";

    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final IntegerProperty fontScale = new SimpleIntegerProperty(100);
    private final BooleanProperty colourBlindPalette = new SimpleBooleanProperty(false);
    private final BooleanProperty systemDark = new SimpleBooleanProperty(false);
    private final BooleanBinding dark = Bindings.createBooleanBinding(() -> theme.get() == ThemeChoice.DARK
            || theme.get() == ThemeChoice.SYSTEM && systemDark.get(), theme, systemDark);

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** Percent of the normal font size, one of {@link #FONT_SCALES}. */
    public IntegerProperty fontScaleProperty() {
        return fontScale;
    }

    public BooleanProperty colourBlindPaletteProperty() {
        return colourBlindPalette;
    }

    /** What the operating system prefers, found out in the background at start. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    /** Whether the dark theme is in use now. */
    public BooleanBinding darkBinding() {
        return dark;
    }

    public Map<String, String> snapshot() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(THEME, theme.get().name());
        map.put(FONT, String.valueOf(fontScale.get()));
        map.put(PALETTE, String.valueOf(colourBlindPalette.get()));
        return map;
    }

    /**
     * Whether saved settings leave the theme to the desktop's light or dark choice ("system", also when no theme, or
     * a damaged one, is saved: {@link #restore} keeps that default): only then is the desktop's choice needed for
     * the window's first look.
     */
    public static boolean followsDesktop(Map<String, String> saved) {
        String name = saved.get(THEME);
        for (ThemeChoice t : ThemeChoice.values()) {
            if (t != ThemeChoice.SYSTEM && t.name().equals(name)) {
                return false;
            }
        }
        return true;
    }

    /** Restores saved choices; anything missing or damaged keeps its default. */
    public void restore(Map<String, String> saved) {
        for (ThemeChoice t : ThemeChoice.values()) {
            if (t.name().equals(saved.get(THEME))) {
                theme.set(t);
            }
        }
        try {
            int scale = Integer.parseInt(saved.getOrDefault(FONT, "100").trim());
            if (FONT_SCALES.contains(scale)) {
                fontScale.set(scale);
            }
        } catch (NumberFormatException ignored) {
            // a damaged entry keeps 100%
        }
        colourBlindPalette.set(Boolean.parseBoolean(saved.getOrDefault(PALETTE, "false")));
    }
}
