package k2explorer.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesViewModel;

/**
 * The rest of the one search box: while the Foods table filters as you type, this strip lists the studies,
 * claims and learn-panel sections that match the same words, each a link to open it.
 */
final class SearchHitsBar extends FlowPane {
    private static final int MAX_PER_KIND = 6;
    private final Navigator navigator;

    SearchHitsBar(Navigator navigator) {
        super(6, 2);
        this.navigator = navigator;
        setId("searchHits");
        getStyleClass().add("search-hits");
        setPadding(new Insets(0, 8, 4, 8));
        hide();
    }

    void show(String query, StudiesViewModel studies, ClaimsViewModel claims, LearnPanels learn) {
        getChildren().clear();
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            hide();
            return;
        }
        List<Study> studyHits = studies.search(q);
        List<Claim> claimHits = claims.search(q);
        List<LearnPanels.HeadingHit> topicHits = learn == null ? List.of() : learn.search(q);
        add(Messages.get("search.studies"), studyHits, s -> s.label(), s -> navigator.openStudy(s.key()));
        add(Messages.get("search.claims"), claimHits, c -> c.text(), c -> navigator.openClaim(c.id()));
        add(Messages.get("search.learn"), topicHits, h -> h.heading(), h -> navigator.openPanel(h.panel().id(),
                h.heading()));
        boolean any = !getChildren().isEmpty();
        setVisible(any);
        setManaged(any);
    }

    private <T> void add(String kind, List<T> hits, Function<T, String> text,
                         Consumer<T> open) {
        if (hits.isEmpty()) {
            return;
        }
        Label label = new Label(Messages.get("search.kind", kind, hits.size()));
        label.getStyleClass().add("search-hits-kind");
        getChildren().add(label);
        for (T hit : hits.subList(0, Math.min(MAX_PER_KIND, hits.size()))) {
            Hyperlink link = new Hyperlink(text.apply(hit));
            link.getStyleClass().add("search-hit");
            link.setOnAction(e -> open.accept(hit));
            getChildren().add(link);
        }
        if (hits.size() > MAX_PER_KIND) {
            getChildren().add(new Label("…"));
        }
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }
}
