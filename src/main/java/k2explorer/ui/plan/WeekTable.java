package k2explorer.ui.plan;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import k2explorer.i18n.Messages;

/** The K1 week as a real table: every day of the week, its date, plan, K1 µg (as the chart) and state. */
final class WeekTable {
    private WeekTable() {
    }

    static TableView<PlanViewModel.WeekRow> of(List<PlanViewModel.WeekRow> rows) {
        TableView<PlanViewModel.WeekRow> table = new TableView<>();
        table.setId("weeklyK1Table");
        table.setAccessibleText(Messages.get("plan.week.a11y"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("plan.week.column.day", PlanViewModel.WeekRow::day, 110));
        table.getColumns().add(column("plan.week.column.date", PlanViewModel.WeekRow::date, 130));
        table.getColumns().add(column("plan.week.column.plan", PlanViewModel.WeekRow::plans, 180));
        table.getColumns().add(column("plan.week.column.k1", PlanViewModel.WeekRow::k1, 90));
        table.getColumns().add(column("plan.week.column.state", PlanViewModel.WeekRow::state, 240));
        table.getItems().setAll(rows);
        table.setPrefSize(780, 300);
        return table;
    }

    private static TableColumn<PlanViewModel.WeekRow, String> column(String key,
            Function<PlanViewModel.WeekRow, String> value, double width) {
        TableColumn<PlanViewModel.WeekRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 90));
        return c;
    }

    static Dialog<Void> show(Window owner, String week, List<PlanViewModel.WeekRow> rows) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("plan.week.tableTitle"));
        dialog.setHeaderText(week);
        Label note = new Label(Messages.get("plan.week.tableNote"));
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, of(rows), note));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("weeklyK1TableDialog");
        dialog.setResizable(true);
        dialog.show();
        return dialog;
    }
}
