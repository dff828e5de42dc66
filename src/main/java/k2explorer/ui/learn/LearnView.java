package k2explorer.ui.learn;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanel;
import k2explorer.learn.LearnPanels;
import k2explorer.learn.PanelLink;
import k2explorer.ui.common.Navigator;

/** The explanatory panels: a list of titles on the left and the chosen panel, rendered from Markdown, on the right. */
public final class LearnView extends SplitPane {
    private final ListView<LearnPanel> list = new ListView<>();
    private final ScrollPane content = new ScrollPane();
    private final Navigator navigator;
    private final LearnPanels panels;
    private MarkdownView shown;

    public LearnView(LearnPanels panels, Navigator navigator) {
        this.navigator = navigator;
        this.panels = panels;
        setId("learnView");
        list.setId("learnPanelList");
        list.setAccessibleText(Messages.get("learn.list.a11y"));
        list.getItems().setAll(panels.panels());
        list.setCellFactory(v -> new ListCell<>() {
            {
                // A long title wraps in the list instead of being cut.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(LearnPanel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> render(now));
        content.setId("learnContent");
        content.setFitToWidth(true);
        content.setFocusTraversable(true);
        getItems().addAll(list, content);
        setDividerPositions(0.24);
        list.getSelectionModel().selectFirst();
    }

    /** Shows a panel and, when given, scrolls to one of its headings. */
    public void show(String panelId, String heading) {
        list.getItems().stream().filter(p -> p.id().equals(panelId)).findFirst().ifPresent(p -> {
            list.getSelectionModel().select(p);
            if (heading != null && shown != null) {
                Node target = shown.heading(heading);
                if (target != null) {
                    scrollTo(target);
                    // A panel just put in has its real height only after the next layout pass.
                    Platform.runLater(() -> scrollTo(target));
                }
            }
        });
    }

    private void scrollTo(Node target) {
        content.applyCss();
        content.layout();
        double height = shown.getBoundsInLocal().getHeight() - content.getViewportBounds().getHeight();
        content.setVvalue(height <= 0 ? 0 : Math.min(1, target.getBoundsInParent().getMinY() / height));
    }

    public LearnPanel current() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void render(LearnPanel panel) {
        if (panel == null) {
            content.setContent(null);
            return;
        }
        shown = new MarkdownView(panel.document(), this::follow);
        VBox page = new VBox(14, shown);
        if (panel.id().equals("gla-proteins")) {
            page.getChildren().add(new CarboxylationDiagram());
        }
        page.setPadding(new Insets(16, 24, 24, 24));
        page.setMaxWidth(860);
        content.setContent(page);
        content.setVvalue(0);
    }

    private void follow(PanelLink link) {
        switch (link.kind()) {
            case STUDY -> navigator.openStudy(link.target());
            case FOOD -> navigator.openFood(link.target());
            case CLAIM -> navigator.openClaim(link.target());
            case PANEL -> navigator.openPanel(link.panelId(), panels.panel(link.panelId())
                    .flatMap(p -> p.heading(link.anchor())).orElse(null));
            case VIEW -> navigator.openPlanWeek();
            case WEB -> navigator.openWebPage(link.target());
        }
    }
}
