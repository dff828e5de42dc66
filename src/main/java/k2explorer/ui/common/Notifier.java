package k2explorer.ui.common;

/**
 * How view-models tell the user what happened: a line in the status bar, or a message that needs reading. The app
 * shows them in the window; view-model tests record them.
 */
public interface Notifier {
    void status(String text);

    /** Something the user should know and can act on (a warning). */
    void problem(String header, String text);

    /** Something failed. */
    void error(String header, String text);
}
