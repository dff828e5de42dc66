package k2explorer.ui.studies;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Food;
import k2explorer.i18n.Messages;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimEvidence;
import k2explorer.studies.ClaimEvidenceTier;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.ClaimRole;
import k2explorer.studies.Study;
import k2explorer.studies.Verdict;
import k2explorer.ui.common.Columns;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.Navigator;
import k2explorer.ui.common.Toolbar;
import org.controlsfx.control.textfield.TextFields;

/**
 * Popular claims from the articles, safety claims first and marked, each with a verdict, one reason, what to take
 * from it, and a verdict screen that sets the evidence for beside the evidence against (trials first, then cohorts,
 * then markers, each study with its grade). Filters by verdict, kind and article; two other readings open in the same
 * place: one article claim by claim, and the popular K2 table row by row.
 */
public final class ClaimsView extends BorderPane {
    private final ClaimsViewModel model;
    private final Navigator navigator;
    private final TableView<Claim> table = new TableView<>();
    private final TableDetailPane<Claim> split;
    private final VBox detail = new VBox(8);

    public ClaimsView(ClaimsViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        setId("claimsView");
        Label intro = new Label(Messages.get("claims.intro"));
        intro.setWrapText(true);
        VBox top = new VBox(6, filterBar(), intro);
        top.setPadding(new Insets(8));
        setTop(top);
        // Every column shares a change of width, so Kind stays visible beside a long claim text.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setId("claimsTable");
        table.setAccessibleText(Messages.get("claims.a11y"));
        table.setItems(model.visible());
        TableColumn<Claim, String> text = Columns.of(Messages.get("claims.column.claim"), Claim::text);
        text.setId("claimTextColumn");
                // The whole claim, wrapped to the column: the row grows rather than cutting it.
        text.setCellFactory(col -> Columns.wrapping());
        text.setPrefWidth(360);
        TableColumn<Claim, Verdict> v = Columns.of(Messages.get("claims.column.verdict"), Claim::verdict);
        v.setId("claimVerdictColumn");
                v.setCellFactory(col -> Columns.drawn((cell, item) -> {
            cell.getStyleClass().removeIf(s -> s.startsWith("verdict-"));
            cell.setText(item == null ? null : EnumLabels.of(item));
            if (item != null) {
                cell.getStyleClass().add(verdictStyle(item));
            }
        }));
        v.setPrefWidth(120);
        // A safety claim says so once, in its kind ("Safety", or "Dose · safety" when it is about a dose).
        TableColumn<Claim, Claim> kind = Columns.of(Messages.get("claims.column.kind"), c -> c);
        kind.setId("claimKindColumn");
                kind.setCellFactory(col -> {
            TableCell<Claim, Claim> cell = Columns.wrapping(ClaimsView::kindText);
            cell.itemProperty().addListener((obs, was, now) -> {
                cell.getStyleClass().remove("safety-cell");
                if (now != null && now.safety()) {
                    cell.getStyleClass().add("safety-cell");
                }
            });
            return cell;
        });
        kind.setPrefWidth(130);
        // The claim's text gives way first (and wraps); the short columns keep their words whole.
        text.setMinWidth(200);
        v.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(90);
        table.getColumns().setAll(List.of(text, v, kind));
        detail.setId("claimDetail");
        split = new TableDetailPane<>(table, model.selectedProperty(), detail, 0.6,
                Messages.get("claims.detail.empty"), Claim::text, this::showDetail);
        setCenter(split);
    }

    /** A claim's kind, and "safety" beside it when a claim of another kind is about safety. */
    static String kindText(Claim claim) {
        if (!claim.safety() || claim.kind() == ClaimKind.SAFETY) {
            return EnumLabels.of(claim.kind());
        }
        return Messages.get("claims.kind.withSafety", EnumLabels.of(claim.kind()));
    }

    public TableView<Claim> table() {
        return table;
    }

    private Toolbar filterBar() {
        ComboBox<Verdict> verdict = EnumLabels.filter(Verdict.values(), Messages.get("claims.filter.all"),
                model.verdictProperty());
        verdict.setId("claimVerdictFilter");
        verdict.setAccessibleText(Messages.get("claims.filter.a11y"));
        ComboBox<ClaimKind> kind = EnumLabels.filter(ClaimKind.values(), Messages.get("claims.kind.all"),
                model.kindProperty());
        kind.setId("claimKindFilter");
        kind.setAccessibleText(Messages.get("claims.kind.a11y"));
        ComboBox<String> seed = new ComboBox<>();
        seed.setId("claimSeedFilter");
        seed.setAccessibleText(Messages.get("claims.seed.a11y"));
        Runnable fill = () -> {
            seed.getItems().setAll(model.seeds());
            seed.getItems().add(0, null);
        };
        fill.run();
        model.seeds().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        seed.setConverter(EnumLabels.shown(ClaimsViewModel::seedLabel, Messages.get("claims.seed.all")));
        seed.valueProperty().bindBidirectional(model.seedProperty());
        Button article = new Button(Messages.get("claims.articleButton"));
        article.setId("claimArticleButton");
        article.disableProperty().bind(Bindings.isNull(model.seedProperty()));
        article.setOnAction(e -> showArticle(model.seedProperty().get()));
        Button seedTable = new Button(Messages.get("claims.tableButton"));
        seedTable.setId("claimSeedTableButton");
        seedTable.setOnAction(e -> showSeedTable());
        TextField search = TextFields.createClearableTextField();
        search.setId("claimSearchField");
        search.setPromptText(Messages.get("claims.search.prompt"));
        search.setAccessibleText(Messages.get("claims.search.prompt"));
        k2explorer.ui.common.PromptWidth.fit(search);
        search.textProperty().bindBidirectional(model.queryProperty());
        return new Toolbar(search, verdict, kind, seed, article, seedTable);
    }

    /** Shows one seed article's claims, verdict by verdict, in place of the list. */
    public void showArticle(String seed) {
        setCenter(new ClaimArticleView(model, seed, this::openClaim, this::showList));
    }

    /** Shows the popular K2 table next to what the sources say, row by row, in place of the list. */
    public void showSeedTable() {
        setCenter(new ClaimSeedTableView(model, this::openClaim, this::showList));
    }

    private void showList() {
        setCenter(split);
    }

    private void openClaim(Claim claim) {
        showList();
        model.select(claim.id());
        table.requestFocus();
    }

    static String verdictStyle(Verdict v) {
        return "verdict-" + v.name().toLowerCase(Locale.ROOT);
    }

    static Label verdictBadge(Verdict v) {
        Label badge = new Label(EnumLabels.of(v));
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badge.getStyleClass().addAll("verdict-badge", verdictStyle(v));
        return badge;
    }

    private void showDetail(Claim claim) {
        Label verdict = verdictBadge(claim.verdict());
        verdict.setId("claimVerdict");
        HBox badges = new HBox(8);
        if (claim.safety()) {
            Label safety = new Label(Messages.get("claims.safety.badge"));
            safety.setId("claimSafetyBadge");
            safety.getStyleClass().add("safety-badge");
            badges.getChildren().add(safety);
        }
        badges.getChildren().add(verdict);
        Label why = TableDetailPane.wrapped(claim.why());
        why.setId("claimWhy");
        detail.getChildren().addAll(badges, why);
        if (!claim.takeaway().isBlank()) {
            Label takeaway = TableDetailPane.wrapped(claim.takeaway());
            takeaway.setId("claimTakeaway");
            takeaway.getStyleClass().add("claim-takeaway");
            detail.getChildren().addAll(TableDetailPane.section(Messages.get("claims.takeaway")), takeaway);
        }
        model.panelTitle(claim).ifPresent(panelTitle -> {
            Hyperlink panel = new Hyperlink(Messages.get("claims.panel", panelTitle));
            panel.setId("claimPanelLink");
            panel.setOnAction(e -> navigator.openPanel(claim.panel(), null));
            detail.getChildren().add(panel);
        });
        if (claim.seedTableRow() != null) {
            Label figure = TableDetailPane.wrapped(Messages.get("claims.figure", claim.seedTableRow(),
                    claim.seedFigure()));
            figure.setId("claimSeedFigure");
            detail.getChildren().add(figure);
        }
        detail.getChildren().addAll(TableDetailPane.section(Messages.get("claims.studies")), evidence(claim));
        VBox foods = new VBox(2);
        foods.setId("claimFoods");
        for (Food f : model.foodsBehind(claim)) {
            Hyperlink h = new Hyperlink(model.foodValues(f, claim));
            h.setWrapText(true);
            h.setOnAction(e -> navigator.openFood(f.id()));
            foods.getChildren().add(h);
        }
        if (!foods.getChildren().isEmpty()) {
            detail.getChildren().addAll(TableDetailPane.section(Messages.get("claims.foods")), foods);
        }
        FlowPane seeds = new FlowPane(8, 2);
        seeds.setId("claimSeeds");
        for (String seed : claim.seeds()) {
            Hyperlink h = new Hyperlink(ClaimsViewModel.seedLabel(seed));
            h.setOnAction(e -> showArticle(seed));
            seeds.getChildren().add(h);
        }
        // The seed inventory's ids are the project's bookkeeping, not shown to the reader.
        detail.getChildren().addAll(TableDetailPane.section(Messages.get("claims.seeds")), seeds);
    }

    /** The verdict screen: evidence for beside evidence against, then the background, each by tier and grade. */
    private Node evidence(Claim claim) {
        ClaimEvidence evidence = model.evidence(claim);
        VBox box = new VBox(6);
        box.setId("claimStudies");
        if (evidence.isEmpty()) {
            box.getChildren().add(TableDetailPane.wrapped(claim.verdict() == Verdict.UNSOURCED
                    ? Messages.get("claims.unsourced") : Messages.get("claims.foodOnly")));
            return box;
        }
        VBox supporting = column(evidence, ClaimRole.FOR, "claimEvidenceFor");
        VBox contradicting = column(evidence, ClaimRole.AGAINST, "claimEvidenceAgainst");
        HBox sides = new HBox(12, supporting, contradicting);
        HBox.setHgrow(supporting, Priority.ALWAYS);
        HBox.setHgrow(contradicting, Priority.ALWAYS);
        sides.setId("claimEvidence");
        box.getChildren().add(sides);
        if (!evidence.context().isEmpty()) {
            box.getChildren().add(column(evidence, ClaimRole.CONTEXT, "claimEvidenceContext"));
        }
        return box;
    }

    private VBox column(ClaimEvidence evidence, ClaimRole role, String id) {
        VBox column = new VBox(2);
        column.setId(id);
        column.setPrefWidth(0);
        column.setMaxWidth(Double.MAX_VALUE);
        Label heading = new Label(Messages.get("claims.evidence." + role.name().toLowerCase(Locale.ROOT),
                evidence.of(role).size()));
        heading.getStyleClass().add("evidence-heading");
        column.getChildren().add(heading);
        Map<ClaimEvidenceTier, List<Study>> tiers = evidence.byTier(role);
        if (tiers.isEmpty()) {
            column.getChildren().add(TableDetailPane.wrapped(Messages.get("claims.evidence.none")));
        }
        tiers.forEach((tier, studies) -> {
            Label t = new Label(EnumLabels.of(tier));
            t.getStyleClass().add("evidence-tier");
            column.getChildren().add(t);
            for (Study s : studies) {
                Hyperlink h = new Hyperlink(Messages.get(s.verified() ? "claims.studyLink"
                        : "claims.studyLink.unverified", s.label(), EnumLabels.of(s.design()),
                        EnumLabels.of(s.grade()).toLowerCase(Locale.ROOT)));
                h.setWrapText(true);
                h.getStyleClass().add("grade-" + s.grade().name().toLowerCase(Locale.ROOT));
                h.setOnAction(e -> navigator.openStudy(s.key()));
                column.getChildren().add(h);
            }
        });
        return column;
    }
}
