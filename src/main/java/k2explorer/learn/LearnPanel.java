package k2explorer.learn;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/** One explanatory panel: its id, title, section headings, the links it makes, and its parsed Markdown. */
public record LearnPanel(String id, String title, List<String> headings, List<PanelLink> links, Node document) {
    public LearnPanel {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    /** The section heading a {@code panel:} link's anchor points at, if the panel has it. */
    public Optional<String> heading(String anchor) {
        return headings.stream().filter(h -> PanelLink.anchorOf(h).equals(anchor)).findFirst();
    }
}
