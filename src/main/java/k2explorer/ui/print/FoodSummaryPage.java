package k2explorer.ui.print;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Portion;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.foods.ColumnValue;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;

/**
 * A summary for a clinician or client: the chosen foods with K1 and K2 per serving, the daily target,
 * every source cited, and the information-not-advice note. Built as a node so it can be printed or saved as PNG.
 */
public final class FoodSummaryPage {
    /**
     * Every figure is made of parts the page shows: Total K2 adds MK-4, MK-7 and the other menaquinones (or is the K2
     * total a source gives without naming its forms), Total K adds K1, dihydro-K1 (a column when any food has it) and
     * Total K2.
     */
    static final List<FoodColumn> COLUMNS = List.of(FoodColumn.K1, FoodColumn.DIHYDRO_K1, FoodColumn.MK4,
            FoodColumn.MK7, FoodColumn.OTHER_MK, FoodColumn.TOTAL_K2, FoodColumn.TOTAL_K);
    private static final double NAME_WIDTH = 170;

    private FoodSummaryPage() {
    }

    /** The columns of the page: dihydro-K1 only when one of the foods has a value for it. */
    static List<FoodColumn> columns(List<FoodRow> rows) {
        boolean dihydro = rows.stream().anyMatch(r -> r.value(FoodColumn.DIHYDRO_K1, Basis.PER_100G, null).isPresent());
        return COLUMNS.stream().filter(c -> c != FoodColumn.DIHYDRO_K1 || dihydro).toList();
    }

    /** The page for rows, each on the portion chosen for its food, each named with its source. */
    public static VBox of(String title, List<FoodRow> rows, DailyTarget target, Catalog catalog,
                          PortionChoices portions) {
        VBox page = PrintPages.page(title);
        page.getChildren().add(PrintPages.text(Messages.get("summary.intro", k2explorer.i18n.Dates.shown(LocalDate.now()))));
        if (target != null) {
            page.getChildren().add(PrintPages.text(Messages.get("summary.target", target.label(),
                    EnumLabels.of(target.counted()))));
        }
        GridPane grid = PrintPages.table("printSummaryTable");
        grid.addRow(0, PrintPages.columnHeader(Messages.get("summary.food")),
                PrintPages.columnHeader(Messages.get("summary.serving")));
        List<FoodColumn> columns = columns(rows);
        for (int c = 0; c < columns.size(); c++) {
            grid.add(PrintPages.columnHeader(columns.get(c).title().replace('\n', ' ')), c + 2, 0);
        }
        References refs = new References(catalog);
        int r = 1;
        for (FoodRow row : rows) {
            Label name = PrintPages.cell(row.nameWithSource() + " " + References.marks(refs.foods(row.foods())));
            name.setMaxWidth(NAME_WIDTH);
            name.setWrapText(true);
            grid.add(name, 0, r);
            Portion serving = portions.of(row);
            grid.add(PrintPages.cell(serving == null ? Messages.get("summary.noPortion")
                    : AmountFormat.wrappable(serving.label())), 1, r);
            Basis basis = serving == null ? Basis.PER_100G : Basis.PER_SERVING;
            for (int c = 0; c < columns.size(); c++) {
                String text = row.value(columns.get(c), basis, serving)
                        .map(ColumnValue::text)
                        .orElse(AmountFormat.NOT_MEASURED);
                grid.add(PrintPages.number(text), c + 2, r);
            }
            r++;
        }
        page.getChildren().add(grid);
        refs.addTo(page);
        page.getChildren().add(PrintPages.note());
        return page;
    }
}
