package k2explorer.ui.print;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import k2explorer.i18n.Messages;

/**
 * Cuts a printable document (a {@link PrintPages#page} with its blocks) into sheets of a paper size: blocks are kept
 * whole and moved to the next sheet when they do not fit, a table ({@link PrintPages#TABLE}) is cut between its rows
 * with its header row repeated on each sheet, a group taller than a sheet is cut between its parts, a heading is kept
 * with what follows it, the "not medical advice" note ({@link PrintPages#note}) is kept with what comes before it
 * (never alone on a sheet), and every sheet carries the title and "page n of m".
 */
public final class Paginator {
    private final String title;
    private final double available;
    private final PaperSize paper;
    private final List<VBox> pages = new ArrayList<>();
    private VBox body;
    private double used;
    /** Heights of blocks cut by this paginator (the rest of a list), which were not laid out again. */
    private final java.util.Map<Node, Double> known = new java.util.HashMap<>();

    private Paginator(String title, PaperSize paper) {
        this.title = title;
        this.paper = paper;
        VBox probe = sheet(Messages.get("print.continued", title));
        measure(probe, PrintPages.PAGE_WIDTH, paper.pageHeight());
        this.available = ((VBox) probe.getChildren().get(1)).getHeight();
    }

    /** The sheets of {@code document}; its blocks are moved onto them (the document is left empty). */
    public static List<VBox> pages(VBox document, PaperSize paper) {
        String title = PrintPages.titleOf(document);
        document.getChildren().remove(0);
        measure(document, PrintPages.PAGE_WIDTH, -1);
        Deque<Node> blocks = new ArrayDeque<>(document.getChildren());
        document.getChildren().clear();
        Paginator p = new Paginator(title, paper);
        p.newSheet();
        p.place(blocks);
        int n = p.pages.size();
        for (int i = 0; i < n; i++) {
            ((Label) p.pages.get(i).getChildren().get(2)).setText(Messages.get("print.pageOf", i + 1, n));
        }
        return p.pages;
    }

    private void place(Deque<Node> blocks) {
        while (!blocks.isEmpty()) {
            Node block = blocks.removeFirst();
            double h = height(block);
            double gap = used == 0 ? 0 : PrintPages.LINE_GAP;
            boolean keepWithNext = block.getStyleClass().contains(PrintPages.HEADER) && !blocks.isEmpty();
            double needed = h + (keepWithNext ? PrintPages.LINE_GAP + Math.min(height(blocks.peekFirst()),
                    3 * h) : 0);
            // The room the note after this block needs beside it: the note goes on with (the end of) this block.
            double note = isNote(blocks.peekFirst()) ? PrintPages.LINE_GAP + height(blocks.peekFirst()) : 0;
            if (used + gap + needed + note <= available) {
                add(block, h);
            } else if (block instanceof GridPane grid && grid.getStyleClass().contains(PrintPages.TABLE)) {
                splitTable(grid, note);
            } else if (block instanceof VBox flow && flow.getStyleClass().contains(PrintPages.FLOW)
                    && flow.getChildren().size() > 1) {
                splitFlow(flow, blocks, note);
            } else if (h > available && block instanceof Pane pane && !pane.getChildrenUnmodifiable().isEmpty()
                    && !(block instanceof GridPane)) {
                // A group taller than a sheet (a long text made of paragraphs) is cut between its parts.
                List<Node> parts = new ArrayList<>(pane.getChildren());
                pane.getChildren().clear();
                for (int i = parts.size() - 1; i >= 0; i--) {
                    blocks.addFirst(parts.get(i));
                }
            } else if (h > available) {
                // One picture taller than a sheet: shown smaller, whole, on a sheet of its own.
                if (used > 0) {
                    newSheet();
                }
                double s = available / h;
                block.getTransforms().add(new Scale(s, s));
                add(new Group(block), available);
            } else if (used == 0) {
                // Alone on its sheet and still no room for the note after it: the note goes on to the next.
                add(block, h);
            } else {
                newSheetWithHeading();
                add(block, h);
            }
        }
    }

    private static boolean isNote(Node block) {
        return block != null && block.getStyleClass().contains(PrintPages.NOTE);
    }

    /** Nothing on this sheet yet but, maybe, the heading that came over with what follows it. */
    private boolean freshSheet() {
        List<Node> placed = body.getChildren();
        return placed.isEmpty() || placed.size() == 1 && placed.get(0).getStyleClass().contains(PrintPages.HEADER);
    }

    /** A new sheet; a heading that ends this sheet goes on with the block that follows it. */
    private void newSheetWithHeading() {
        List<Node> placed = body.getChildren();
        Node last = placed.get(placed.size() - 1);
        boolean heading = placed.size() > 1 && last.getStyleClass().contains(PrintPages.HEADER);
        if (heading) {
            placed.remove(last);
        }
        newSheet();
        if (heading) {
            add(last, height(last));
        }
    }

    /**
     * A list of lines (the sources): the lines that fit stay on this sheet (keeping the heading above them company),
     * the rest go on to the next; the last line goes on with the {@code note} room after it when it does not fit here.
     */
    private void splitFlow(VBox flow, Deque<Node> blocks, double note) {
        double room = available - used - (used == 0 ? 0 : PrintPages.LINE_GAP);
        List<Node> lines = new ArrayList<>(flow.getChildren());
        double h = 0;
        int fit = 0;
        while (fit < lines.size() && h + (fit == 0 ? 0 : flow.getSpacing()) + height(lines.get(fit)) <= room) {
            h += (fit == 0 ? 0 : flow.getSpacing()) + height(lines.get(fit));
            fit++;
        }
        if (fit == lines.size() && h + note > room) {
            fit--;
        }
        if (fit == 0 && freshSheet()) {
            // A first line taller than a whole sheet: a fresh sheet has no more room, so it goes on this one.
            h = height(lines.get(0));
            fit = 1;
        }
        if (fit == 0) {
            newSheetWithHeading();
            blocks.addFirst(flow);
            return;
        }
        VBox part = new VBox(flow.getSpacing());
        part.setId(flow.getId());
        part.getStyleClass().setAll(flow.getStyleClass());
        flow.getChildren().removeAll(lines.subList(0, fit));
        part.getChildren().setAll(lines.subList(0, fit));
        add(part, h);
        double rest = 0;
        for (Node line : flow.getChildren()) {
            rest += (rest == 0 ? 0 : flow.getSpacing()) + height(line);
        }
        known.put(flow, rest);
        newSheet();
        blocks.addFirst(flow);
    }

    /**
     * Rows that fit go on this sheet under the header row; the rest on the next sheets, each with the header. The
     * last sheet's rows leave {@code note} room below them (the note goes on with the last row).
     */
    private void splitTable(GridPane grid, double note) {
        int rows = grid.getRowCount();
        if (rows <= 1) {
            // A header with no rows under it: whole, on a sheet of its own.
            newSheet();
            add(grid, height(grid));
            return;
        }
        double[] top = new double[rows];
        double[] bottom = new double[rows];
        for (int r = 0; r < rows; r++) {
            Bounds b = grid.getCellBounds(0, r);
            top[r] = b.getMinY();
            bottom[r] = b.getMaxY();
        }
        double header = bottom[0] - top[0];
        double[] widths = new double[grid.getColumnCount()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = grid.getCellBounds(c, 0).getWidth();
        }
        List<Node> cells = new ArrayList<>(grid.getChildren());
        int from = 1;
        boolean first = true;
        while (from < rows) {
            double room = available - used - (used == 0 ? 0 : PrintPages.LINE_GAP) - grid.getPadding().getTop()
                    - grid.getPadding().getBottom() - header;
            int to = from;
            while (to < rows && bottom[to] - top[from] <= room) {
                to++;
            }
            if (to == rows && bottom[to - 1] - top[from] + note > room) {
                // The note after the table has no room below its last rows: the last row goes on with it.
                to--;
            }
            if (to == from) {
                if (used == 0) {
                    to = from + 1; // a row taller than a sheet still prints, cut by the sheet's edge
                } else {
                    newSheetWithHeading();
                    continue;
                }
            }
            GridPane part = chunk(grid, cells, widths, from, to, first);
            first = false;
            add(part, header + bottom[to - 1] - top[from] + grid.getPadding().getTop()
                    + grid.getPadding().getBottom());
            from = to;
            if (from < rows) {
                newSheet();
            }
        }
    }

    private static GridPane chunk(GridPane grid, List<Node> cells, double[] widths, int from, int to, boolean first) {
        GridPane part = new GridPane();
        part.setId(grid.getId());
        part.getStyleClass().setAll(grid.getStyleClass());
        part.setHgap(grid.getHgap());
        part.setVgap(grid.getVgap());
        part.setPadding(grid.getPadding());
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints(w, w, w);
            c.setHgrow(Priority.NEVER);
            part.getColumnConstraints().add(c);
        }
        for (Node cell : cells) {
            int r = GridPane.getRowIndex(cell) == null ? 0 : GridPane.getRowIndex(cell);
            int c = GridPane.getColumnIndex(cell) == null ? 0 : GridPane.getColumnIndex(cell);
            if (r == 0) {
                Node head = first ? cell : copy((Label) cell);
                grid.getChildren().remove(head);
                part.add(head, c, 0);
            } else if (r >= from && r < to) {
                grid.getChildren().remove(cell);
                part.add(cell, c, r - from + 1);
            }
        }
        return part;
    }

    private static Label copy(Label header) {
        Label l = new Label(header.getText());
        l.getStyleClass().setAll(header.getStyleClass());
        l.setWrapText(header.isWrapText());
        l.setMaxWidth(header.getMaxWidth());
        return l;
    }

    private void add(Node block, double h) {
        used += (used == 0 ? 0 : PrintPages.LINE_GAP) + h;
        body.getChildren().add(block);
    }

    private void newSheet() {
        VBox sheet = sheet(pages.isEmpty() ? title : Messages.get("print.continued", title));
        body = (VBox) sheet.getChildren().get(1);
        used = 0;
        pages.add(sheet);
    }

    /** A sheet: title, the body that takes the blocks, and the page number at the foot. */
    private VBox sheet(String heading) {
        VBox sheet = PrintPages.page(heading);
        sheet.getStyleClass().add("print-sheet");
        double h = paper.pageHeight();
        sheet.setMinSize(PrintPages.PAGE_WIDTH, h);
        sheet.setPrefSize(PrintPages.PAGE_WIDTH, h);
        sheet.setMaxSize(PrintPages.PAGE_WIDTH, h);
        VBox content = new VBox(PrintPages.LINE_GAP);
        content.setMinHeight(0);
        VBox.setVgrow(content, Priority.ALWAYS);
        Label foot = PrintPages.small(Messages.get("print.pageOf", 1, 1));
        foot.setId("printPageNumber");
        foot.setMaxWidth(Double.MAX_VALUE);
        foot.setStyle("-fx-alignment: center-right;");
        sheet.getChildren().addAll(content, foot);
        return sheet;
    }

    private double height(Node block) {
        Double h = known.get(block);
        return h != null ? h : block.getBoundsInParent().getHeight();
    }

    /** Lays a node out as it will be drawn: width fixed, height its own ({@code height < 0}) or fixed. */
    static void measure(Parent node, double width, double height) {
        if (node.getScene() == null) {
            new Scene(new Group(node));
        }
        node.applyCss();
        if (node instanceof javafx.scene.layout.Region r) {
            r.resize(width, height < 0 ? r.prefHeight(width) : height);
        }
        node.layout();
    }
}
