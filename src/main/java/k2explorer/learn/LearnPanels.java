package k2explorer.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import k2explorer.catalog.SearchText;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The learn panels bundled with the app, parsed once from Markdown resources, the first time they are asked for
 * (a search, a claim's panel, the Learn tab): start-up hands them over unparsed, so the Markdown parser's classes
 * load after the first frame, not before it.
 */
public final class LearnPanels {
    private static final String ROOT = "/k2explorer/learn/";
    private List<LearnPanel> panels;

    private LearnPanels() {
    }

    /** The bundled panels, parsed when first used. */
    public static LearnPanels load() {
        return new LearnPanels();
    }

    /** True once the panels have been parsed (for tests). */
    synchronized boolean parsed() {
        return panels != null;
    }

    private synchronized List<LearnPanel> parsedPanels() {
        if (panels == null) {
            panels = parseAll();
        }
        return panels;
    }

    private static List<LearnPanel> parseAll() {
        Parser parser = Parser.builder().build();
        List<LearnPanel> panels = new ArrayList<>();
        for (String line : read("panels.txt").split("\n")) {
            String id = line.trim();
            if (id.isEmpty() || id.startsWith("#")) {
                continue;
            }
            panels.add(parse(id, parser.parse(read(id + ".md"))));
        }
        return List.copyOf(panels);
    }

    static LearnPanel parse(String id, Node document) {
        List<String> headings = new ArrayList<>();
        List<PanelLink> links = new ArrayList<>();
        String[] title = {null};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = plainText(heading);
                if (heading.getLevel() == 1 && title[0] == null) {
                    title[0] = text;
                } else {
                    headings.add(text);
                }
            }

            @Override
            public void visit(Link link) {
                links.add(PanelLink.parse(link.getDestination()));
                visitChildren(link);
            }
        });
        if (title[0] == null) {
            throw new IllegalStateException("learn panel " + id + " has no level-1 heading");
        }
        return new LearnPanel(id, title[0], headings, links, document);
    }

    /** The text of a node and its children, without markup. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }

    public List<LearnPanel> panels() {
        return parsedPanels();
    }

    public Optional<LearnPanel> panel(String id) {
        return parsedPanels().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Panel titles and section headings holding every word of the query (word starts, accents ignored). */
    public List<HeadingHit> search(String query) {
        SearchText.Query q = SearchText.Query.of(query);
        List<HeadingHit> hits = new ArrayList<>();
        if (q.isEmpty()) {
            return hits;
        }
        for (LearnPanel panel : parsedPanels()) {
            List<String> all = new ArrayList<>();
            all.add(panel.title());
            all.addAll(panel.headings());
            for (String heading : all) {
                if (q.matches(SearchText.normalise(heading))) {
                    hits.add(new HeadingHit(panel, heading));
                }
            }
        }
        return hits;
    }

    public record HeadingHit(LearnPanel panel, String heading) {
    }

    private static String read(String file) {
        try (InputStream in = LearnPanels.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("learn panel file missing from the app: " + ROOT + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
