package k2explorer.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A {@link ComboBox}'s own skin, less the hidden copy of its list: JavaFX keeps the popup's {@code ListView} inside
 * the box from the start (with its skin, scroll bars, behaviour and a cell per choice, styled and laid out with the
 * window) only to learn how wide the list wants the box to be. A box whose width is set (by app.css or in code) never
 * asks, so its list is styled and laid out when first shown instead; the box, its popup, its keys (Space, F4,
 * Alt+Down, the arrows) and what a screen reader hears are JavaFX's own.
 */
public final class ListWhenShownSkin<T> extends ComboBoxListViewSkin<T> {
    private ListWhenShownSkin(ComboBox<T> box) {
        super(box);
        getChildren().remove(getPopupContent());
    }

    /**
     * Gives {@code box} this skin. Only for a box whose width is set (a pref width from app.css or in code): a box
     * sized by its content takes its width from the measured list, which this skin leaves out.
     */
    public static <T> ComboBox<T> install(ComboBox<T> box) {
        box.setSkin(new ListWhenShownSkin<>(box));
        return box;
    }
}
