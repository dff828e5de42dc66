package k2explorer.ui.studies;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import k2explorer.catalog.Food;
import k2explorer.i18n.Messages;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.Study;
import k2explorer.studies.Verdict;
import k2explorer.ui.AmountFormat;
import k2explorer.ui.Navigator;

/** Popular claims from the articles, each with a verdict, one reason, and the studies and food values behind it. */
public final class ClaimsView extends BorderPane {
    private final ClaimsViewModel model;
    private final Navigator navigator;
    private final TableView<Claim> table = new TableView<>();
    private VBox detail;

    public ClaimsView(ClaimsViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        setId("claimsView");
        ComboBox<Verdict> verdict = new ComboBox<>();
        verdict.setId("claimVerdictFilter");
        verdict.getItems().add(null);
        verdict.getItems().addAll(Verdict.values());
        verdict.setAccessibleText(Messages.get("claims.filter.a11y"));
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(Verdict v) {
                return v == null ? Messages.get("claims.filter.all") : v.label();
            }

            @Override
            public Verdict fromString(String s) {
                return null;
            }
        });
        verdict.valueProperty().bindBidirectional(model.verdictProperty());
        Label intro = new Label(Messages.get("claims.intro"));
        intro.setWrapText(true);
        HBox bar = new HBox(10, verdict, intro);
        bar.setPadding(new Insets(8));
        setTop(bar);
        table.setId("claimsTable");
        table.setAccessibleText(Messages.get("claims.a11y"));
        table.setItems(model.visible());
        TableColumn<Claim, String> text = new TableColumn<>(Messages.get("claims.column.claim"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setPrefWidth(430);
        TableColumn<Claim, Verdict> v = new TableColumn<>(Messages.get("claims.column.verdict"));
        v.setId("claimVerdictColumn");
        v.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verdict()));
        v.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("verdict-"));
                setText(empty || item == null ? null : item.label());
                if (!empty && item != null) {
                    getStyleClass().add("verdict-" + item.name().toLowerCase(Locale.ROOT));
                }
            }
        });
        v.setPrefWidth(120);
        TableColumn<Claim, ClaimKind> kind = new TableColumn<>(Messages.get("claims.column.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kind.setPrefWidth(130);
        table.getColumns().setAll(List.of(text, v, kind));
        TableDetailPane<Claim> split = new TableDetailPane<>(table, model.selectedProperty(), "claimDetail", 0.55,
                this::showDetail);
        detail = split.detail();
        setCenter(split);
        showDetail(null);
    }

    public TableView<Claim> table() {
        return table;
    }

    private void showDetail(Claim claim) {
        if (claim == null) {
            detail.getChildren().add(new Label(Messages.get("claims.detail.empty")));
            return;
        }
        Label title = TableDetailPane.wrapped(claim.text());
        title.getStyleClass().add("detail-title");
        Label verdict = new Label(claim.verdict().label());
        verdict.setId("claimVerdict");
        verdict.getStyleClass().addAll("verdict-badge", "verdict-" + claim.verdict().name().toLowerCase(
                Locale.ROOT));
        Label why = TableDetailPane.wrapped(claim.why());
        why.setId("claimWhy");
        detail.getChildren().addAll(title, verdict, why);
        VBox studies = new VBox(2);
        studies.setId("claimStudies");
        for (Study s : model.studiesBehind(claim)) {
            Hyperlink h = new Hyperlink(Messages.get(s.verified() ? "claims.studyLink" : "claims.studyLink.unverified",
                    s.label(), s.design().label(), s.grade().label().toLowerCase(Locale.ROOT)));
            h.setOnAction(e -> navigator.openStudy(s.key()));
            studies.getChildren().add(h);
        }
        if (studies.getChildren().isEmpty()) {
            studies.getChildren().add(TableDetailPane.wrapped(claim.verdict() == Verdict.UNSOURCED
                    ? Messages.get("claims.unsourced")
                    : Messages.get("claims.foodOnly")));
        }
        VBox foods = new VBox(2);
        foods.setId("claimFoods");
        for (Food f : model.foodsBehind(claim)) {
            String values = f.values().stream().filter(v -> claim.sourceKeys().contains(v.sourceId()))
                    .map(v -> v.form().label() + " " + AmountFormat.format(v.microgramsPer100g()) + " µg/100 g")
                    .reduce((a, b) -> a + ", " + b).orElse(Messages.get("claims.reportedMeasures"));
            Hyperlink h = new Hyperlink(f.name() + " — " + values);
            h.setOnAction(e -> navigator.openFood(f.id()));
            foods.getChildren().add(h);
        }
        detail.getChildren().addAll(TableDetailPane.section(Messages.get("claims.studies")), studies);
        if (!foods.getChildren().isEmpty()) {
            detail.getChildren().addAll(TableDetailPane.section(Messages.get("claims.foods")), foods);
        }
    }
}
