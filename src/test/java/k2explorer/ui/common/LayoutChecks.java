package k2explorer.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * What a person sees of a window, measured on the laid-out scene: whole table rows in view, text cut with "…",
 * text running past the right edge of a scrolling pane that cannot scroll sideways, numbers broken across lines,
 * and column headers broken inside a word. Each check adds one readable line per problem to a list.
 */
public final class LayoutChecks {
    /**
     * A number as people read it: an optional sign ("≥", "≤", "<", "~") with the space after it, digits, and grouping
     * or decimal marks between digits (a no-break or narrow no-break space groups thousands in some locales).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:[≥≤<>~]\\s?)?\\d(?:[\\d.,\u00A0\u202F']*\\d)?(?:\\s?%)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final double SLACK = 1;

    private LayoutChecks() {
    }

    /** The table's rows shown whole: between the bottom of its header and the top of its sideways scroll bar. */
    public static int wholeRows(TableView<?> table) {
        Node flow = table.lookup(".virtual-flow");
        if (flow == null) {
            return 0;
        }
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        double bottom = view.getMaxY();
        for (Node n : flow.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                bottom = Math.min(bottom, bar.localToScene(bar.getLayoutBounds()).getMinY());
            }
        }
        int whole = 0;
        for (Node n : flow.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (b.getMinY() >= view.getMinY() - SLACK && b.getMaxY() <= bottom + SLACK) {
                    whole++;
                }
            }
        }
        return whole;
    }

    /** A tooltip made, or its text waiting for the first hover (a table cell's, said to screen readers as help). */
    private static boolean hasTooltipText(javafx.scene.control.Control control) {
        return control.getTooltip() != null
                || control.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.HELP) instanceof String help
                && !help.isEmpty();
    }

    /** A control holding {@code labeled} (or itself) says its whole text on a tooltip (made or waiting for a hover). */
    private static boolean wholeOnTooltip(Labeled labeled) {
        for (Node n = labeled; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Control c && (c.getTooltip() != null
                    ? labeled.getText().equals(c.getTooltip().getText())
                    : labeled.getText().equals(c.getAccessibleHelp()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A labeled control on screen whose shown text is shorter than its text (JavaFX put "…" in). Table cells may cut
     * a long text only when a tooltip gives the whole of it (a food's name), and so may a search hit; a cell with a
     * number is never cut.
     */
    public static void cutTexts(Node node, String where, List<String> problems) {
        if (node == null || !node.isVisible()) {
            return;
        }
        boolean tolerated = node instanceof IndexedCell<?> cell && !(node instanceof TableRow<?>)
                && hasTooltipText(cell) && !cell.getStyleClass().contains("amount-cell")
                // A search hit shortened to fit its line says the whole of it on a tooltip (made when hovered).
                || node instanceof Labeled hit && hit.getStyleClass().contains("search-hit")
                && wholeOnTooltip(hit)
                // The status bar's text shortened to fit says the whole of it on the bar's tooltip.
                || node instanceof Labeled status && status.getStyleClass().contains("status-label")
                && wholeOnTooltip(status);
        if (!tolerated && node instanceof Labeled labeled && labeled.getText() != null
                && !labeled.getText().isBlank() && onScreen(labeled)) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(labeled.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString())) {
                    problems.add(where + ": \"" + oneLine(labeled.getText()) + "\" shows as \""
                            + oneLine(shown.getText()) + "\" (" + describe(labeled) + ")");
                }
            }
        }
        if (node instanceof TextField field && (field.getText() == null || field.getText().isEmpty())
                && field.getPromptText() != null && !field.getPromptText().isBlank() && onScreen(field)) {
            promptCut(field, where, problems);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> cutTexts(c, where, problems));
        }
    }

    /** An empty text field's placeholder wider than the room the field gives it: the hint is cut off. */
    private static void promptCut(TextField field, String where, List<String> problems) {
        List<Text> prompts = new ArrayList<>();
        texts(field, t -> {
            if (field.getPromptText().equals(t.getText())) {
                prompts.add(t);
            }
        });
        for (Text prompt : prompts) {
            if (prompt.getParent() instanceof javafx.scene.layout.Region room
                    && prompt.getLayoutBounds().getWidth() > room.getWidth() + SLACK) {
                problems.add(where + ": the placeholder \"" + field.getPromptText() + "\" is cut ("
                        + describe(field) + ")");
                return;
            }
        }
    }

    /**
     * Text in a scrolling pane that cannot scroll sideways must wrap to the pane's width: any text whose right edge is
     * past the pane's visible area is cut off for the reader.
     */
    public static void clippedInScrollPanes(Node root, String where, List<String> problems) {
        for (Node n : root.lookupAll(".scroll-pane")) {
            if (!(n instanceof ScrollPane pane) || !visibleChain(pane) || !onScreen(pane)
                    || pane.getContent() == null) {
                continue;
            }
            boolean canScrollSideways = pane.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof ScrollBar bar
                    && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible() && ownScrollBar(pane, bar));
            if (canScrollSideways) {
                continue;
            }
            Node viewport = pane.lookup(".viewport");
            Bounds view = (viewport == null ? pane : viewport).localToScene(
                    (viewport == null ? pane : viewport).getLayoutBounds());
            List<String> found = new ArrayList<>();
            ownTexts(pane.getContent(), text -> {
                Bounds b = text.localToScene(text.getLayoutBounds());
                if (b.getWidth() > 0 && b.getMaxX() > view.getMaxX() + SLACK && b.getMinY() < view.getMaxY()
                        && b.getMaxY() > view.getMinY()) {
                    found.add(where + ": \"" + shortText(text.getText()) + "\" runs " + Math.round(b.getMaxX()
                            - view.getMaxX()) + " px past the right edge of " + describe(pane));
                }
            });
            problems.addAll(found.stream().limit(3).toList());
        }
    }

    /** A number ("≥ 1,153.7", "47.5") shown on two lines reads as two numbers. */
    public static void splitNumbers(Node root, String where, List<String> problems) {
        texts(root, text -> {
            if (!wraps(text) || !onScreen(text)) {
                return;
            }
            Matcher m = NUMBER.matcher(text.getText());
            while (m.find()) {
                if (lines(text, m.start(), m.end()) > 1) {
                    problems.add(where + ": the number \"" + oneLine(m.group()) + "\" is split across lines in \""
                            + shortText(text.getText()) + "\"");
                }
            }
        });
    }

    /** A column header broken inside a word ("Amoun / t"). */
    public static void splitHeaderWords(Node root, String where, List<String> problems) {
        for (Node header : root.lookupAll(".column-header")) {
            if (!visibleChain(header) || !onScreen(header)) {
                continue;
            }
            texts(header, text -> {
                if (!wraps(text)) {
                    return;
                }
                Matcher m = WORD.matcher(text.getText());
                while (m.find()) {
                    if (lines(text, m.start(), m.end()) > 1) {
                        problems.add(where + ": the header \"" + oneLine(text.getText()) + "\" breaks inside \""
                                + m.group() + "\"");
                    }
                }
            });
        }
    }

    /**
     * Every control a person types in or chooses from has a name a screen reader can say: its accessible text or a
     * label that is "for" it (a button or check box names itself by its text).
     */
    public static void unnamedControls(Node root, String where, List<String> problems) {
        java.util.Set<Node> labelled = new java.util.HashSet<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Label label && label.getLabelFor() != null) {
                labelled.add(label.getLabelFor());
            }
        }
        for (Node n : root.lookupAll("*")) {
            boolean needsName = n instanceof javafx.scene.control.TextInputControl
                    || n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof javafx.scene.control.Spinner<?>
                    || n instanceof TableView<?> || n instanceof javafx.scene.control.ListView<?>;
            if (!needsName || !visibleChain(n) || !onScreen(n) || insideChooser(n)) {
                continue;
            }
            String name = n.getAccessibleText();
            if ((name == null || name.isBlank()) && !labelled.contains(n)) {
                problems.add(where + ": a " + n.getClass().getSimpleName() + (n.getId() == null ? ""
                        : " #" + n.getId()) + " has no name a screen reader can say");
            }
        }
    }

    /** The text field inside a combo box, spinner or date picker: the outer control carries the name. */
    private static boolean insideChooser(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ComboBoxBase<?> || p instanceof javafx.scene.control.Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    /** A bar chart whose category axis hides names that do not fit: bars nobody can tell apart. */
    public static void unlabelledBars(Node root, String where, List<String> problems) {
        for (Node n : root.lookupAll(".axis")) {
            if (n instanceof javafx.scene.chart.CategoryAxis axis && visibleChain(axis) && onScreen(axis)) {
                long hidden = axis.getTickMarks().stream().filter(t -> !t.isTextVisible()).count();
                if (hidden > 0) {
                    problems.add(where + ": " + hidden + " of " + axis.getTickMarks().size()
                            + " bars have no label (" + describe(axis) + ")");
                }
            }
        }
    }

    /** How many lines the characters from {@code start} to {@code end} take in a laid-out text. */
    static int lines(Text text, int start, int end) {
        TreeSet<Long> tops = new TreeSet<>();
        for (PathElement e : text.rangeShape(start, end)) {
            if (e instanceof MoveTo move) {
                tops.add(Math.round(move.getY()));
            }
        }
        return Math.max(1, tops.size());
    }

    private static boolean wraps(Text text) {
        return text.getText() != null && text.getWrappingWidth() > 0;
    }

    private static void texts(Node node, java.util.function.Consumer<Text> each) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            each.accept(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> texts(c, each));
        }
    }

    /** The texts of a pane's content, leaving out those inside a scrolling pane or list of their own. */
    private static void ownTexts(Node node, java.util.function.Consumer<Text> each) {
        if (node == null || !node.isVisible() || node instanceof ScrollPane
                || node.getStyleClass().contains("virtual-flow")) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            each.accept(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> ownTexts(c, each));
        }
    }

    private static boolean ownScrollBar(ScrollPane pane, ScrollBar bar) {
        Node p = bar.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        return p == pane;
    }

    public static boolean visibleChain(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMinX() < node.getScene().getWidth()
                && b.getMaxY() > 0 && b.getMinY() < node.getScene().getHeight();
    }

    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                s.append(n == node ? " #" : " in #").append(n.getId());
                break;
            }
        }
        return s.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    private static String shortText(String s) {
        String line = oneLine(s);
        return line.length() > 60 ? line.substring(0, 57) + "…" : line;
    }
}
