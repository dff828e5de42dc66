package k2explorer.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.ui.common.HoverTooltip;
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
    private final HitsLine links = new HitsLine();
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
        // The strip never widens the window: what does not fit is shortened or left to the menu (HitsLine).
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
        label.getStyleClass().add(HitsLine.KIND);
        links.getChildren().add(label);
        for (T hit : hits.subList(0, Math.min(MAX_PER_KIND, hits.size()))) {
            Hyperlink link = new Hyperlink(text.apply(hit));
            // The whole text for a screen reader, and on a tooltip once the line has to shorten it (HitsLine).
            link.setAccessibleText(link.getText());
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

    /**
     * The links on one line, in order, each at its own width: the first that does not fit whole is shortened with
     * "…" to the room left (its whole text on a tooltip) when that room is enough to read a few words, and what
     * follows is hidden — never cut at the window's edge; every hit is in the "All matches" menu.
     */
    static final class HitsLine extends Pane {
        private static final double GAP = 6;
        private static final String KIND = "search-hits-kind";
        /** The least room a shortened link gets, in em: less would show only "…". */
        private static final double MIN_LINK_EM = 6;

        HitsLine() {
            setMinWidth(0);
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double x = in.getLeft();
            double right = getWidth() - in.getRight();
            double height = getHeight() - in.getTop() - in.getBottom();
            boolean full = false;
            Node last = null;
            for (Node child : getManagedChildren()) {
                double pref = child.prefWidth(-1);
                double room = right - x;
                boolean whole = !full && pref <= room;
                // A link, or whatever stands alone on the line (the hint), is shortened rather than hidden.
                boolean shortened = !full && !whole && child instanceof Labeled labeled
                        && (child instanceof Hyperlink || x == in.getLeft())
                        && room >= MIN_LINK_EM * labeled.getFont().getSize();
                child.setVisible(whole || shortened);
                if (!whole && !shortened) {
                    if (!full && last != null && last.getStyleClass().contains(KIND)) {
                        // A kind's heading is not left at the end of the line without a hit after it.
                        last.setVisible(false);
                    }
                    full = true;
                    continue;
                }
                last = child;
                double width = whole ? pref : room;
                double h = Math.min(child.prefHeight(width), height);
                child.resizeRelocate(snapPositionX(x), snapPositionY(in.getTop() + (height - h) / 2),
                        snapSizeX(width), snapSizeY(h));
                if (shortened) {
                    Labeled labeled = (Labeled) child;
                    // Its whole text as its help now, on a tooltip made when the pointer first rests on it: not a
                    // popup window made inside the layout pass.
                    if (!labeled.accessibleHelpProperty().isBound()) {
                        HoverTooltip.install(labeled, labeled.getText());
                    }
                    full = true;
                }
                x += width + GAP;
            }
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computePrefWidth(double height) {
            double width = 0;
            for (Node child : getManagedChildren()) {
                width += child.prefWidth(-1) + GAP;
            }
            Insets in = getInsets();
            return in.getLeft() + Math.max(0, width - GAP) + in.getRight();
        }

        @Override
        protected double computePrefHeight(double width) {
            double height = 0;
            for (Node child : getManagedChildren()) {
                height = Math.max(height, child.prefHeight(-1));
            }
            Insets in = getInsets();
            return in.getTop() + height + in.getBottom();
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
