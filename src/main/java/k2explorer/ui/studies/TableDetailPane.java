package k2explorer.ui.studies;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * A table beside a scrolling detail pane, both following one selected-item property: choosing a row shows its
 * detail, and setting the property (from a link elsewhere) selects and reveals the row. The owner renders the
 * empty state once it holds {@link #detail()}.
 */
final class TableDetailPane<T> extends SplitPane {
    private final VBox detail = new VBox(8);

    TableDetailPane(TableView<T> table, ObjectProperty<T> selected, String detailId, double divider,
                    Consumer<T> render) {
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
            detail.getChildren().clear();
            render.accept(now);
        });
        detail.setId(detailId);
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
    }

    VBox detail() {
        return detail;
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
