package k2explorer.app;

import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;

/**
 * Table columns are sized in pixels for 100 % text; this scales every table's column widths with the chosen text
 * size, so headers and values keep their room at 150 %. Tables of tabs opened later are scaled when they appear.
 */
public final class ColumnWidths {
    private static final String BASE_PREF = "k2.basePrefWidth";
    private static final String BASE_MIN = "k2.baseMinWidth";
    private static final double PERCENT = 100.0;

    private ColumnWidths() {
    }

    /** Scales the tables of {@code scene} now, when the text size changes, and whenever {@code shown} changes. */
    public static void follow(Scene scene, ObservableIntegerValue percent, ObservableValue<?> shown) {
        Runnable apply = () -> scale(scene.getRoot(), percent.get() / PERCENT);
        percent.addListener((obs, was, now) -> apply.run());
        shown.addListener((obs, was, now) -> apply.run());
        apply.run();
    }

    private static void scale(Node root, double factor) {
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table) {
                table.getColumns().forEach(c -> scale(c, factor));
            }
        }
        for (Node node : root.lookupAll(".tree-table-view")) {
            if (node instanceof TreeTableView<?> table) {
                table.getColumns().forEach(c -> scale(c, factor));
            }
        }
    }

    private static void scale(TableColumnBase<?, ?> column, double factor) {
        double pref = (double) column.getProperties().computeIfAbsent(BASE_PREF, k -> column.getPrefWidth());
        double min = (double) column.getProperties().computeIfAbsent(BASE_MIN, k -> column.getMinWidth());
        column.setMinWidth(min * factor);
        column.setPrefWidth(pref * factor);
        column.getColumns().forEach(c -> scale(c, factor));
    }
}
