package k2explorer.ui.print;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Basis;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.Source;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;
import k2explorer.ui.AmountFormat;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.ColumnValue;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;

/**
 * A one-page summary for a clinician or client: the chosen foods with K1 and K2 per serving, the daily target,
 * every source cited, and the information-not-advice note. Built as a node so it can be printed or saved as PNG.
 */
public final class FoodSummaryPage {
    static final double WIDTH = 720;
    static final List<FoodColumn> COLUMNS = List.of(FoodColumn.K1, FoodColumn.MK4, FoodColumn.MK7,
            FoodColumn.OTHER_MK, FoodColumn.TOTAL_K);

    private FoodSummaryPage() {
    }

    /** The page for rows, each on the portion chosen for its food, each named with its source. */
    public static VBox of(String title, List<FoodRow> rows, DailyTarget target, Catalog catalog,
                          PortionChoices portions) {
        VBox page = PrintPages.page(title);
        page.getChildren().add(PrintPages.text(Messages.get("summary.intro", LocalDate.now().toString())));
        if (target != null) {
            page.getChildren().add(PrintPages.text(Messages.get("summary.target", target.label(),
                    target.counted().label())));
        }
        GridPane grid = new GridPane();
        grid.setId("printSummaryTable");
        grid.setHgap(10);
        grid.setVgap(3);
        grid.setPadding(new Insets(6, 0, 6, 0));
        grid.addRow(0, PrintPages.header(Messages.get("summary.food")),
                PrintPages.header(Messages.get("summary.serving")));
        for (int c = 0; c < COLUMNS.size(); c++) {
            grid.add(PrintPages.header(COLUMNS.get(c).title().replace('\n', ' ')), c + 2, 0);
        }
        Set<String> sourceIds = new LinkedHashSet<>();
        int r = 1;
        for (FoodRow row : rows) {
            Label name = PrintPages.cell(row.nameWithSource());
            name.setMaxWidth(230);
            name.setWrapText(true);
            grid.add(name, 0, r);
            Portion serving = portions.of(row);
            grid.add(PrintPages.cell(serving == null ? Messages.get("summary.noPortion") : serving.label()), 1, r);
            Basis basis = serving == null ? Basis.PER_100G : Basis.PER_SERVING;
            for (int c = 0; c < COLUMNS.size(); c++) {
                String text = row.value(COLUMNS.get(c), basis, serving)
                        .map(ColumnValue::text)
                        .orElse(AmountFormat.NOT_MEASURED);
                grid.add(PrintPages.cell(text), c + 2, r);
            }
            row.foods().forEach(f -> f.values().stream().map(KValue::sourceId).forEach(sourceIds::add));
            r++;
        }
        page.getChildren().add(grid);
        page.getChildren().add(PrintPages.header(Messages.get("summary.sources")));
        for (String id : sourceIds) {
            catalog.source(id).map(Source::citation).ifPresent(c -> page.getChildren().add(PrintPages.small(c)));
        }
        page.getChildren().add(PrintPages.note());
        return page;
    }
}
