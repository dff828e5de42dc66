package k2explorer.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import k2explorer.i18n.Numbers;
import k2explorer.i18n.Messages;

/** The numbers behind a chart as a table, for screen readers and anyone who prefers a table to bars. */
public final class ChartTable {
    private ChartTable() {
    }

    /** One row per data point: series, category and value. */
    public record Row(String series, String category, String value) {
    }

    public static TableView<Row> of(XYChart<?, ?> chart) {
        List<Row> rows = new ArrayList<>();
        for (XYChart.Series<?, ?> s : chart.getData()) {
            for (XYChart.Data<?, ?> d : s.getData()) {
                boolean horizontal = d.getXValue() instanceof Number && !(d.getYValue() instanceof Number);
                Object category = horizontal ? d.getYValue() : d.getXValue();
                Object value = horizontal ? d.getXValue() : d.getYValue();
                rows.add(new Row(s.getName() == null ? "" : s.getName(), String.valueOf(category),
                        value instanceof Number n ? Numbers.shown(n.doubleValue(), 1) : String.valueOf(value)));
            }
        }
        return of(rows, Messages.get("chartTable.series"), Messages.get("chartTable.item"),
                Messages.get("chartTable.value"));
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value,
                                                   double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Shows the table for a chart in a dialog. */
    public static Dialog<Void> show(Window owner, String title, XYChart<?, ?> chart, String note) {
        return show(owner, title, of(chart), note);
    }

    /** A table of rows prepared by the view (when the chart's own values are transformed, e.g. logarithms). */
    public static TableView<Row> of(List<Row> rows, String seriesTitle, String itemTitle,
                                    String valueTitle) {
        TableView<Row> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("chartDataTable");
        table.setAccessibleText(Messages.get("chartTable.a11y"));
        table.getItems().setAll(rows);
        table.getColumns().add(column(seriesTitle, Row::series, 140));
        table.getColumns().add(column(itemTitle, Row::category, 330));
        table.getColumns().add(column(valueTitle, Row::value, 140));
        table.setPrefSize(640, 420);
        return table;
    }

    public static Dialog<Void> show(Window owner, String title, TableView<Row> table, String note) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(note);
        dialog.getDialogPane().setId("chartTableDialog");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }
}
