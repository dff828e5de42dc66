package k2explorer.ui.appearance;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Applies the appearance choices: AtlantaFX light or dark theme, the root font size, the chart palette. */
public final class Appearance {
    /** The themes' (Primer light and dark) root text size, which the text-size preference scales. */
    static final double BASE_FONT_PX = 14;
    private static final int FULL_SCALE = 100;
    public static final String COLOUR_BLIND_CLASS = "palette-colourblind";
    public static final String DARK_CLASS = "theme-dark";

    private Appearance() {
    }

    /**
     * The theme's style sheet: AtlantaFX's Primer light or dark as the build trims it to the controls the app shows
     * (primer-light.css / primer-dark.css, JavaFX loads the .bss beside it; TrimmedTheme); AtlantaFX's whole sheet
     * only where the build did not write it (a run that skipped Maven's process-classes).
     */
    public static String themeStylesheet(boolean dark) {
        URL trimmed = Appearance.class.getResource(dark ? "/k2explorer/css/primer-dark.css"
                : "/k2explorer/css/primer-light.css");
        if (trimmed != null) {
            return trimmed.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Keeps {@code root} (and the whole app's theme) in step with the model from now on. */
    public static void bind(AppearanceViewModel model, Parent root) {
        Runnable apply = () -> {
            apply(model, root);
            Window.getWindows().forEach(w -> follow(w, root));
        };
        // Dialogs (Preferences, F1, About …) take the window's text size and theme classes when they open and while
        // they are open.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> follow(w, root));
            }
        });
        model.darkBinding().addListener(obs -> apply.run());
        model.fontScaleProperty().addListener(obs -> apply.run());
        model.colourBlindPaletteProperty().addListener(obs -> apply.run());
        apply.run();
    }

    static void apply(AppearanceViewModel model, Parent root) {
        boolean dark = model.darkBinding().get();
        Application.setUserAgentStylesheet(themeStylesheet(dark));
        // At 100 % the theme's own root size (BASE_FONT_PX) stands: no inline style for the first window to parse.
        int scale = model.fontScaleProperty().get();
        root.setStyle(scale == FULL_SCALE ? "" : "-fx-font-size: " + BASE_FONT_PX * scale / 100.0 + "px;");
        toggle(root, COLOUR_BLIND_CLASS, model.colourBlindPaletteProperty().get());
        toggle(root, DARK_CLASS, dark);
    }

    /** A dialog's window gets the main window's text size and theme classes. */
    private static void follow(Window window, Parent mainRoot) {
        // A main root no longer in a window (its stage was given a new scene) has nothing left to hand on.
        Window main = mainRoot.getScene() == null ? null : mainRoot.getScene().getWindow();
        if (main == null || !(window instanceof Stage) || window == main || window.getScene() == null
                || window.getScene().getRoot() == mainRoot) {
            return;
        }
        Parent root = window.getScene().getRoot();
        root.setStyle(mainRoot.getStyle());
        for (String styleClass : new String[] {COLOUR_BLIND_CLASS, DARK_CLASS}) {
            toggle(root, styleClass, mainRoot.getStyleClass().contains(styleClass));
        }
        if (window.isShowing()) {
            window.sizeToScene();
        }
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
