package k2explorer.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * A {@link ComboBox}'s own skin, less the hidden copy of its list: JavaFX keeps the popup's {@code ListView} inside
 * the box from the start (with its skin, scroll bars, behaviour and a cell per choice, styled and laid out with the
 * window) only to learn how wide the list wants the box to be. Here the list is styled and laid out when first shown
 * instead; the box, its popup, its keys (Space, F4, Alt+Down, the arrows) and what a screen reader hears are JavaFX's
 * own. A box whose width is set (by app.css or in code) never asks how wide its list is; a box sized by its content
 * gets the width JavaFX's hidden list would give it, from one stand-in cell styled as that list's cells are (a cell
 * under a {@code .list-view} inside the box) and measured with each choice's text, before and after the list is
 * first shown. Unlike JavaFX's, the list's measure leaves out the box's width as it is: a box sized by its content
 * narrows again when the text size does.
 */
public final class ListWhenShownSkin<T> extends ComboBoxListViewSkin<T> {
    /** JavaFX's hidden list asks for its widest cell plus this much (room for its scroll bar). */
    private static final double LIST_EXTRA_WIDTH = 30;
    /** Nor is the hidden list ever narrower than this. */
    private static final double LIST_MIN_WIDTH = 50;

    /** Stands in for the hidden list's cells when the box is sized by its content; made when first asked. */
    private StandInCell standIn;

    private final ComboBox<T> box;

    private ListWhenShownSkin(ComboBox<T> box) {
        super(box);
        this.box = box;
        getChildren().remove(getPopupContent());
    }

    /**
     * Gives {@code box} this skin. A box sized by its content must show its choices as text (no cell factory of its
     * own, no placeholder): the stand-in cell measures the text its converter gives.
     */
    public static <T> ComboBox<T> install(ComboBox<T> box) {
        box.setSkin(new ListWhenShownSkin<>(box));
        return box;
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        // JavaFX's measure also puts the shown choice in the box and styles it when first asked.
        double javafx = super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        if (getSkinnable().getScene() == null) {
            // No style sheet applies yet.
            return javafx;
        }
        // JavaFX's skin takes the wider of the shown choice with its arrow and the list; its list never asks for less
        // than the box's width as it is, so a box would keep the width of a larger text size (or of a wider choice no
        // longer in the list) until restarted. Both are measured here without the box's width, before and after the
        // list is first shown, so a box is always as wide as when first shown at its text size.
        return Math.max(leftInset + shownChoiceAndArrow(height) + rightInset,
                Math.max(LIST_MIN_WIDTH, widestChoice() + LIST_EXTRA_WIDTH));
    }

    /** The shown choice beside the arrow's button, as JavaFX's skin measures them. */
    private double shownChoiceAndArrow(double height) {
        Node shown = getDisplayNode();
        double width = shown == null ? 0 : shown.prefWidth(height);
        for (Node child : getChildren()) {
            if (child instanceof Region button && button.getStyleClass().contains("arrow-button")) {
                Node arrow = button.getChildrenUnmodifiable().isEmpty() ? null
                        : button.getChildrenUnmodifiable().get(0);
                width += button.snappedLeftInset() + (arrow == null ? 0 : snapSizeX(arrow.prefWidth(-1)))
                        + button.snappedRightInset();
            }
        }
        return width;
    }

    /**
     * The width of the widest choice's cell and the list's borders, as JavaFX's hidden list measures it (at least one
     * cell, maybe empty).
     */
    private double widestChoice() {
        StandInCell cell = standIn();
        StringConverter<T> converter = box.getConverter();
        String prompt = box.getPromptText();
        double widest = 0;
        int count = box.getItems().size();
        for (int i = 0; i < Math.max(1, count); i++) {
            if (i >= count) {
                cell.show(null, null, true);
            } else {
                // The text JavaFX's list cells show for a choice.
                T item = box.getItems().get(i);
                cell.show(item, item == null && prompt != null ? prompt : converter == null
                        ? item == null ? null : item.toString() : converter.toString(item), false);
            }
            widest = Math.max(widest, cell.prefWidth(-1));
        }
        // Left empty: no text in the window that is not shown (a screen reader or a lookup by text finds none).
        cell.show(null, null, true);
        Region list = (Region) cell.getParent();
        return list.snappedLeftInset() + widest + list.snappedRightInset();
    }

    private StandInCell standIn() {
        if (standIn == null) {
            standIn = new StandInCell();
            // A list cell measures itself only as a cell of a list: the box's own (not yet shown) list.
            standIn.setList(getPopupContent());
            StackPane list = new StackPane(standIn);
            // The style class and id JavaFX's list has, so the same rules of the style sheets match the cell.
            list.getStyleClass().setAll("list-view");
            list.setId(getPopupContent().getId());
            list.setManaged(false);
            list.setVisible(false);
            getChildren().add(list);
            list.applyCss();
        }
        return standIn;
    }

    /** A list cell showing a choice's text, filled or empty as a cell of the list would be. */
    private final class StandInCell extends ListCell<T> {
        @SuppressWarnings("unchecked")
        void setList(Node list) {
            updateListView((ListView<T>) list);
        }

        void show(T item, String text, boolean empty) {
            updateItem(item, empty);
            setText(empty ? null : text);
        }
    }
}
