package k2explorer.learn;

import java.util.List;
import org.commonmark.node.Node;

/** One explanatory panel: its id, title, section headings, the links it makes, and its parsed Markdown. */
public record LearnPanel(String id, String title, List<String> headings, List<PanelLink> links, Node document) {
    public LearnPanel {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
