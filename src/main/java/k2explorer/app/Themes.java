package k2explorer.app;

import javafx.application.Application;
import k2explorer.ui.appearance.Appearance;

/** The look of the app, from the AtlantaFX theme library (trimmed by the build: Appearance.themeStylesheet). */
public final class Themes {
    /** The app's own styles on top of the theme: the window's scene and each dialog's pane carry it. */
    public static final String APP_STYLESHEET = Themes.class.getResource("/k2explorer/css/app.css").toExternalForm();

    private Themes() {
    }

    public static void applyDefault() {
        Application.setUserAgentStylesheet(Appearance.themeStylesheet(false));
    }
}
