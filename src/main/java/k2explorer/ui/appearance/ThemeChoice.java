package k2explorer.ui.appearance;

/** Which colour theme the user wants: the operating system's choice, or always light or dark. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK
}
