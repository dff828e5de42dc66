package k2explorer.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import k2explorer.i18n.Messages;

/**
 * Copying text for the user, the one way every view does it: onto the system clipboard, then said on the status line
 * ("Copied: …"), where the user looks for what a command did (FX thread).
 */
public final class Clipboards {
    private Clipboards() {
    }

    public static void copy(String text, Notifier notifier) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        notifier.status(Messages.get("status.copied", text));
    }
}
