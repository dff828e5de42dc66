package k2explorer.ui.studies;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.Columns;
import k2explorer.studies.Claim;
import k2explorer.studies.Verdict;

/**
 * The popular "Sources of vitamin K2" table next to what the sources say, row by row: the row as printed, its
 * verdict, and every linked food value with its source, so a reader sees at a glance which rows hold.
 */
final class ClaimSeedTableView extends BorderPane {

    ClaimSeedTableView(ClaimsViewModel model, Consumer<Claim> open, Runnable back) {
        setId("claimSeedTableView");
        Button backButton = new Button(Messages.get("claims.back"));
        backButton.setId("claimSeedTableBack");
        backButton.setOnAction(e -> back.run());
        Label title = new Label(Messages.get("claims.table.title"));
        title.getStyleClass().add("detail-title");
        HBox head = new HBox(12, backButton, title);
        head.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(Messages.get("claims.table.intro"));
        intro.setWrapText(true);
        VBox top = new VBox(6, head, intro);
        top.setPadding(new Insets(8));
        setTop(top);
        TableView<Claim> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("claimSeedTable");
        table.setAccessibleText(Messages.get("claims.table.title"));
        table.getItems().setAll(model.seedTableRows());
        TableColumn<Claim, Integer> row = Columns.of(Messages.get("claims.table.column.row"), Claim::seedTableRow);
        row.setPrefWidth(50);
        TableColumn<Claim, String> says = Columns.of(Messages.get("claims.table.column.claim"), Claim::text);
        says.setCellFactory(col -> Columns.wrapping());
        says.setPrefWidth(230);
        TableColumn<Claim, String> figure = Columns.of(Messages.get("claims.table.column.figure"),
                Claim::seedFigure);
        figure.setCellFactory(col -> Columns.wrapping());
        figure.setPrefWidth(140);
        TableColumn<Claim, Verdict> verdict = Columns.of(Messages.get("claims.column.verdict"), Claim::verdict);
        verdict.setId("claimSeedTableVerdict");
                verdict.setCellFactory(col -> Columns.drawn((cell, item) ->
                cell.setGraphic(item == null ? null : ClaimsView.verdictBadge(item))));
        verdict.setPrefWidth(125);
        TableColumn<Claim, String> sources = Columns.of(Messages.get("claims.table.column.sources"),
                c -> sourcesSay(model, c));
        sources.setId("claimSeedTableSources");
        sources.setCellFactory(col -> Columns.wrapping());
        sources.setPrefWidth(420);
        TableColumn<Claim, String> why = Columns.of(Messages.get("claims.table.column.why"), Claim::why);
        why.setCellFactory(col -> Columns.wrapping());
        why.setPrefWidth(380);
        table.getColumns().setAll(List.of(row, says, figure, verdict, sources, why));
        table.setRowFactory(t -> {
            TableRow<Claim> r = new TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !r.isEmpty()) {
                    open.accept(r.getItem());
                }
            });
            return r;
        });
        table.setOnKeyPressed(e -> {
            Claim chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                open.accept(chosen);
            }
        });
        Button openButton = new Button(Messages.get("claims.table.open"));
        openButton.setId("claimSeedTableOpen");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(table.getSelectionModel().getSelectedItem()));
        HBox bottom = new HBox(openButton);
        bottom.setPadding(new Insets(8));
        setCenter(table);
        setBottom(bottom);
    }

    /** Every linked food value with its source, one per line; a note when none is bundled yet. */
    static String sourcesSay(ClaimsViewModel model, Claim claim) {
        String lines = model.foodsBehind(claim).stream().map(f -> model.foodValues(f, claim))
                .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? Messages.get("claims.table.noValues") : lines;
    }
}
