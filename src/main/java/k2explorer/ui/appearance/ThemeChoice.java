package k2explorer.ui.appearance;

import k2explorer.i18n.Messages;

/** Which colour theme the user wants: the operating system's choice, or always light or dark. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK;

    @Override
    public String toString() {
        return Messages.label(this);
    }
}
