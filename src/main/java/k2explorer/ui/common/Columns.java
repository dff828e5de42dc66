package k2explorer.ui.common;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * Table columns built one way in every table: a title, what each row holds in the column, and how its cell draws
 * it (plain text, text wrapped to the column, or a drawing of the owner's).
 */
public final class Columns {
    private Columns() {
    }

    /** A column whose cells hold {@code value} of their row; shown as text until a cell factory is set. */
    public static <S, T> TableColumn<S, T> of(String title, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** A cell drawn by {@code draw} from the cell and its item; the item is null for an empty cell. */
    public static <S, T> TableCell<S, T> drawn(BiConsumer<TableCell<S, T>, T> draw) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                draw.accept(this, empty ? null : item);
            }
        };
    }

    /** A cell whose text wraps to the column width, so the row grows to show all of it. */
    public static <S> TableCell<S, String> wrapping() {
        return wrapping(text -> text);
    }

    /** A cell showing a value's text wrapped to the column width, so the row grows to show all of it. */
    public static <S, T> TableCell<S, T> wrapping(Function<T, String> label) {
        return new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapping-text");
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? null : label.apply(item));
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty || item == null ? null : label.apply(item));
            }
        };
    }
}
