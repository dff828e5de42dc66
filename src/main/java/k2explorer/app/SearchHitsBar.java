package k2explorer.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.ui.common.Navigator;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesViewModel;

/**
 * The rest of the one search box: while the Foods table filters as you type, this strip lists the studies,
 * claims and learn-panel sections that match the same words, each a link to open it. It is there only while the
 * search box holds text (the table has the room otherwise) and keeps one line's height whether or not anything
 * matches, so the table does not move while the user types; what does not fit on the line is in the "All matches"
 * menu at its end.
 */
final class SearchHitsBar extends HBox {
    private static final int MAX_PER_KIND = 3;
    private static final double LINE_HEIGHT = 26;
    private final Navigator navigator;
    private final HBox links = new HBox(6);
    private final MenuButton all = new MenuButton();

    SearchHitsBar(Navigator navigator) {
        super(6);
        this.navigator = navigator;
        setId("searchHits");
        getStyleClass().add("search-hits");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 8, 2, 8));
        setMinHeight(LINE_HEIGHT);
        setMinWidth(0);
        setPrefHeight(LINE_HEIGHT);
        setMaxHeight(LINE_HEIGHT);
        // The links keep their width and are cut at the end of their box; the strip never widens the window.
        links.setAlignment(Pos.CENTER_LEFT);
        links.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(links.widthProperty());
        clip.heightProperty().bind(links.heightProperty());
        links.setClip(clip);
        HBox.setHgrow(links, Priority.ALWAYS);
        all.setId("searchHitsAll");
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.setFocusTraversable(true);
        // The strip's links and menu join the window the first time the user types: not built, styled and skinned
        // for a first frame that does not show them.
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(String query, StudiesViewModel studies, ClaimsViewModel claims, LearnPanels learn) {
        String q = query == null ? "" : query.trim();
        if (getChildren().isEmpty()) {
            if (q.isEmpty()) {
                return;
            }
            getChildren().setAll(links, all);
        }
        links.getChildren().clear();
        all.getItems().clear();
        setVisible(!q.isEmpty());
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
        if (links.getChildren().isEmpty()) {
            Label none = new Label(Messages.get("search.none"));
            none.getStyleClass().add("muted");
            links.getChildren().add(none);
        }
        int count = topicHits.size() + claimHits.size() + studyHits.size();
        all.setText(Messages.get("search.all", count));
        all.setVisible(count > 0);
        all.setManaged(count > 0);
    }

    private <T> void add(String kind, List<T> hits, Function<T, String> text,
                         Consumer<T> open) {
        if (hits.isEmpty()) {
            return;
        }
        Label label = new Label(Messages.get("search.kind", kind, hits.size()));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("search-hits-kind");
        links.getChildren().add(label);
        for (T hit : hits.subList(0, Math.min(MAX_PER_KIND, hits.size()))) {
            Hyperlink link = new Hyperlink(text.apply(hit));
            // Whole links, cut off at the strip's end if they do not fit, rather than every link elided.
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.getStyleClass().add("search-hit");
            link.setOnAction(e -> open.accept(hit));
            links.getChildren().add(link);
        }
        if (hits.size() > MAX_PER_KIND) {
            links.getChildren().add(new Label("…"));
        }
        if (!all.getItems().isEmpty()) {
            all.getItems().add(new SeparatorMenuItem());
        }
        MenuItem heading = new MenuItem(Messages.get("search.kind", kind, hits.size()));
        heading.setDisable(true);
        all.getItems().add(heading);
        for (T hit : hits) {
            MenuItem item = new MenuItem(text.apply(hit));
            item.setOnAction(e -> open.accept(hit));
            all.getItems().add(item);
        }
    }

    private void hint() {
        Label hint = new Label(Messages.get("search.hint"));
        hint.getStyleClass().add("muted");
        links.getChildren().setAll(hint);
        all.setVisible(false);
        all.setManaged(false);
    }
}
