package k2explorer.ui.studies;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Messages;
import k2explorer.studies.Claim;
import k2explorer.studies.Verdict;
import k2explorer.ui.common.EnumLabels;

/** One seed article, claim by claim: how its checkable claims fare, safety claims first, each with its verdict. */
final class ClaimArticleView extends BorderPane {

    ClaimArticleView(ClaimsViewModel model, String seed, Consumer<Claim> open, Runnable back) {
        setId("claimArticleView");
        List<Claim> claims = model.claimsOf(seed);
        Label title = new Label(Messages.get("claims.article.title", ClaimsViewModel.seedLabel(seed), claims.size()));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Map<Verdict, Long> counts = model.verdictCounts(claims);
        Label summary = new Label(counts.entrySet().stream()
                .map(e -> Messages.get("claims.article.count", EnumLabels.of(e.getKey()), e.getValue()))
                .collect(Collectors.joining(" · ")));
        summary.setId("claimArticleSummary");
        summary.setWrapText(true);
        Button backButton = new Button(Messages.get("claims.back"));
        backButton.setId("claimArticleBack");
        backButton.setOnAction(e -> back.run());
        HBox head = new HBox(12, backButton, title);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, head, summary);
        top.setPadding(new Insets(8));
        setTop(top);
        VBox list = new VBox(10);
        list.setId("claimArticleList");
        list.setPadding(new Insets(8));
        for (Claim c : claims) {
            HBox badges = new HBox(6);
            if (c.safety()) {
                Label safety = new Label(Messages.get("claims.safety.badge"));
                safety.getStyleClass().add("safety-badge");
                badges.getChildren().add(safety);
            }
            badges.getChildren().add(ClaimsView.verdictBadge(c.verdict()));
            Hyperlink text = new Hyperlink(c.text());
            text.setWrapText(true);
            text.getStyleClass().add("article-claim");
            text.setOnAction(e -> open.accept(c));
            Label why = TableDetailPane.wrapped(c.why());
            VBox item = new VBox(2, badges, text, why);
            list.getChildren().add(item);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }
}
