package k2explorer.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesViewModel;

/**
 * The rest of the one search box: while the Foods table filters as you type, this strip lists the studies,
 * claims and learn-panel sections that match the same words, each a link to open it. It keeps one line's height
 * whether or not anything matches, so the table never moves under the mouse while the user types.
 */
final class SearchHitsBar extends HBox {
    private static final int MAX_PER_KIND = 3;
    private static final double LINE_HEIGHT = 26;
    private final Navigator navigator;

    SearchHitsBar(Navigator navigator) {
        super(6);
        this.navigator = navigator;
        setId("searchHits");
        getStyleClass().add("search-hits");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 8, 2, 8));
        setMinHeight(LINE_HEIGHT);
        // Its links keep their width and are cut at the end; the strip itself never widens the window.
        setMinWidth(0);
        setPrefHeight(LINE_HEIGHT);
        setMaxHeight(LINE_HEIGHT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        hint();
    }

    void show(String query, StudiesViewModel studies, ClaimsViewModel claims, LearnPanels learn) {
        getChildren().clear();
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            hint();
            return;
        }
        List<Study> studyHits = studies.search(q);
        List<Claim> claimHits = claims.search(q);
        List<LearnPanels.HeadingHit> topicHits = learn == null ? List.of() : learn.search(q);
        // Learn topics first: few and short, they stay in sight on a narrow window.
        add(Messages.get("search.learn"), topicHits, h -> h.heading(), h -> navigator.openPanel(h.panel().id(),
                h.heading()));
        add(Messages.get("search.claims"), claimHits, c -> c.text(), c -> navigator.openClaim(c.id()));
        add(Messages.get("search.studies"), studyHits, s -> s.label(), s -> navigator.openStudy(s.key()));
        if (getChildren().isEmpty()) {
            Label none = new Label(Messages.get("search.none"));
            none.getStyleClass().add("muted");
            getChildren().add(none);
        }
    }

    private <T> void add(String kind, List<T> hits, Function<T, String> text,
                         Consumer<T> open) {
        if (hits.isEmpty()) {
            return;
        }
        Label label = new Label(Messages.get("search.kind", kind, hits.size()));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("search-hits-kind");
        getChildren().add(label);
        for (T hit : hits.subList(0, Math.min(MAX_PER_KIND, hits.size()))) {
            Hyperlink link = new Hyperlink(text.apply(hit));
            // Whole links, cut off at the strip's end if they do not fit, rather than every link elided.
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.getStyleClass().add("search-hit");
            link.setOnAction(e -> open.accept(hit));
            getChildren().add(link);
        }
        if (hits.size() > MAX_PER_KIND) {
            getChildren().add(new Label("…"));
        }
    }

    private void hint() {
        Label hint = new Label(Messages.get("search.hint"));
        hint.getStyleClass().add("muted");
        getChildren().setAll(hint);
    }
}
