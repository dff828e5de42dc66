package k2explorer.ui.studies;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * A table beside a scrolling detail pane, both following one selected-item property: choosing a row shows its
 * detail, and setting the property (from a link elsewhere) selects and reveals the row. The pane shows
 * {@code empty} while nothing is chosen, else the item's title and what the owner renders below it into
 * {@code detail}.
 */
final class TableDetailPane<T> extends SplitPane {
    private final VBox detail;
    private final String empty;
    private final Function<T, String> title;
    private final Consumer<T> render;

    TableDetailPane(TableView<T> table, ObjectProperty<T> selected, VBox detail, double divider, String empty,
                    Function<T, String> title, Consumer<T> render) {
        this.detail = detail;
        this.empty = empty;
        this.title = title;
        this.render = render;
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
            show(now);
        });
        detail.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        getItems().addAll(table, scroll);
        setDividerPositions(divider);
        // A row chosen before the view was first shown (a link from elsewhere) is selected once the table is there.
        if (selected.get() != null) {
            table.getSelectionModel().select(selected.get());
            table.scrollTo(selected.get());
        }
        show(selected.get());
    }

    private void show(T item) {
        detail.getChildren().clear();
        if (item == null) {
            detail.getChildren().add(wrapped(empty));
            return;
        }
        Label heading = wrapped(title.apply(item));
        heading.getStyleClass().add("detail-title");
        detail.getChildren().add(heading);
        render.accept(item);
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-section");
        return l;
    }

    static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
