package k2explorer.app;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that waits for a frame: it runs on the FX thread right after the layout pulse that draws what it waits for,
 * so that frame is on its way to the screen before the work starts.
 */
final class NextFrame {
    private NextFrame() {
    }

    /** Runs {@code work} after the scene's next layout pulse. */
    static void then(Scene scene, Runnable work) {
        once(scene, () -> true, work);
    }

    /** Runs {@code work} after the first layout pulse at whose end {@code ready} holds. */
    static void once(Scene scene, BooleanSupplier ready, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(work);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
