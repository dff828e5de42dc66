package k2explorer.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of the app, from the AtlantaFX theme library. */
public final class Themes {
    private Themes() {
    }

    public static void applyDefault() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
