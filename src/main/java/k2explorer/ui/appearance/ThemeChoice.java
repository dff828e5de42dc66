package k2explorer.ui.appearance;

/** Which colour theme the user wants: the operating system's choice, or always light or dark. */
public enum ThemeChoice {
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
