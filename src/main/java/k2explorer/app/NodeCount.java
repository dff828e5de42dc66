package k2explorer.app;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * For the start-up benchmark: the nodes in a scene graph, counted by kind (controls, other regions, texts, other
 * shapes) and by class, with the Foods table's subtree apart — what a frame has to style and lay out.
 */
final class NodeCount {
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final Map<String, Integer> byClass = new TreeMap<>();
    private int total;

    private NodeCount() {
    }

    static NodeCount of(Node root) {
        NodeCount count = new NodeCount();
        count.walk(root, false);
        return count;
    }

    int total() {
        return total;
    }

    private void walk(Node node, boolean inTable) {
        boolean table = inTable || node instanceof TableView<?> && "foodsTable".equals(node.getId());
        total++;
        String kind = node instanceof Control ? "control" : node instanceof Region ? "region"
                : node instanceof Text ? "text" : node instanceof Parent ? "group" : "shape";
        byKind.merge((table ? "table-" : "") + kind, 1, Integer::sum);
        if (node instanceof IndexedCell<?>) {
            byKind.merge("table-cells-and-rows", 1, Integer::sum);
        }
        byClass.merge(node.getClass().getSimpleName(), 1, Integer::sum);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, table);
            }
        }
    }

    @Override
    public String toString() {
        return "total=" + total + " " + byKind + " " + byClass;
    }
}
