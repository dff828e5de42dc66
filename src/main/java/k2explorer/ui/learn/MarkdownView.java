package k2explorer.ui.learn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.learn.PanelLink;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Renders parsed Markdown (headings, paragraphs, lists, emphasis, links) as JavaFX nodes. Links become
 * hyperlinks handed to {@code onLink}; commonmark does the parsing, this only maps its tree to controls.
 */
public final class MarkdownView extends VBox {
    private final Consumer<PanelLink> onLink;
    private final Map<String, Node> headings = new LinkedHashMap<>();

    public MarkdownView(org.commonmark.node.Node document, Consumer<PanelLink> onLink) {
        super(10);
        this.onLink = onLink;
        getStyleClass().add("markdown");
        for (org.commonmark.node.Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Node rendered = block(block);
            if (rendered != null) {
                getChildren().add(rendered);
            }
        }
    }

    /** The rendered heading with this text, to scroll to it. */
    public Node heading(String text) {
        return headings.get(text);
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading h) {
            Label label = new Label(LearnPanels.plainText(h));
            label.setWrapText(true);
            label.getStyleClass().add(h.getLevel() == 1 ? "md-title" : "md-heading");
            label.setAccessibleRole(AccessibleRole.TEXT);
            headings.put(label.getText(), label);
            return label;
        }
        if (block instanceof Paragraph p) {
            return flow(p);
        }
        if (block instanceof ListBlock list) {
            VBox items = new VBox(4);
            int number = 1;
            for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String marker = list instanceof BulletList ? "•" : (number++) + ".";
                VBox content = new VBox(4);
                for (org.commonmark.node.Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    Node rendered = block(child);
                    if (rendered != null) {
                        content.getChildren().add(rendered);
                    }
                }
                Label bullet = new Label(marker);
                bullet.setMinWidth(18);
                HBox row = new HBox(4, bullet, content);
                items.getChildren().add(row);
            }
            return items;
        }
        if (block instanceof ListItem) {
            return null;
        }
        return flow(block);
    }

    private TextFlow flow(org.commonmark.node.Node container) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-paragraph");
        inline(container, flow, false, false);
        return flow;
    }

    private void inline(org.commonmark.node.Node parent, TextFlow flow, boolean bold, boolean italic) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(text(t.getLiteral(), bold, italic));
            } else if (n instanceof Code c) {
                flow.getChildren().add(text(c.getLiteral(), bold, italic));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", bold, italic));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", bold, italic));
            } else if (n instanceof StrongEmphasis) {
                inline(n, flow, true, italic);
            } else if (n instanceof Emphasis) {
                inline(n, flow, bold, true);
            } else if (n instanceof Link link) {
                PanelLink target = PanelLink.parse(link.getDestination());
                Hyperlink h = new Hyperlink(LearnPanels.plainText(link));
                h.getStyleClass().add("md-link");
                h.setUserData(target);
                h.setAccessibleHelp(describe(target));
                h.setOnAction(e -> onLink.accept(target));
                flow.getChildren().add(h);
            } else {
                inline(n, flow, bold, italic);
            }
        }
    }

    private static String describe(PanelLink link) {
        return switch (link.kind()) {
            case STUDY -> Messages.get("link.study");
            case FOOD -> Messages.get("link.food");
            case CLAIM -> Messages.get("link.claim");
            case PANEL -> Messages.get("link.panel");
            case VIEW -> Messages.get("link.planWeek");
            case WEB -> Messages.get("link.web", link.target());
        };
    }

    private static Text text(String literal, boolean bold, boolean italic) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        if (bold) {
            text.getStyleClass().add("md-bold");
        }
        if (italic) {
            text.getStyleClass().add("md-italic");
        }
        return text;
    }
}
