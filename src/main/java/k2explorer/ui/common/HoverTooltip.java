package k2explorer.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made when the pointer first enters the control, not while the window is built: a
 * {@link Tooltip} is a popup window with a scene and a CSS pass of its own, and most are never shown. A screen reader
 * hears the text as the control's help from the start.
 */
public final class HoverTooltip {
    private HoverTooltip() {
    }

    /** A tooltip saying {@code text}. */
    public static void install(Control control, String text) {
        install(control, new ReadOnlyStringWrapper(text), tooltip -> { });
    }

    /** A tooltip that follows {@code text}; {@code setUp} styles it once it is made (wrapping, width). */
    public static void install(Control control, ObservableValue<String> text, Consumer<Tooltip> setUp) {
        control.accessibleHelpProperty().bind(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip();
                tooltip.textProperty().bind(text);
                setUp.accept(tooltip);
                control.setTooltip(tooltip);
            }
        });
    }
}
