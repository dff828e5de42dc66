package k2explorer.ui.print;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Messages;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.Unbreakable;

/** Building blocks of printable pages: black on white whatever the theme, sized for a printed page. */
public final class PrintPages {
    /** Kept on the page itself, so it looks the same in the preview, a PNG and on paper. */
    private static final String STYLESHEET = PrintPages.class.getResource("/k2explorer/css/print.css")
            .toExternalForm();
    /** The width a printable page is laid out at (its height follows the sheet, {@link PaperSize#pageHeight}). */
    public static final double PAGE_WIDTH = 720;
    /** White around a printed page's content (about a centimetre on A4). */
    private static final double MARGIN = 36;
    static final double LINE_GAP = 6;
    /** The style class of a table that may be cut between its rows onto several sheets ({@link Paginator}). */
    public static final String TABLE = "print-table";
    /** The style class of a list of lines that may be cut between its lines ({@link Paginator}). */
    public static final String FLOW = "print-flow";
    /** The style class of the "not medical advice" note, kept with what comes before it ({@link Paginator}). */
    /** A heading (and a plan's totals row): the paginator keeps it with what follows. */
    static final String HEADER = "print-header";
    static final String NOTE = "print-note";
    private static final String TITLE_KEY = "print.document.title";

    private PrintPages() {
    }

    public static VBox page(String title) {
        VBox page = new VBox(LINE_GAP);
        page.setId("printPage");
        page.getStyleClass().add("print-page");
        page.getStylesheets().add(STYLESHEET);
        page.setPadding(new Insets(MARGIN));
        page.setPrefWidth(PAGE_WIDTH);
        page.setMaxWidth(PAGE_WIDTH);
        page.getProperties().put(TITLE_KEY, title);
        Label heading = new Label(title);
        heading.getStyleClass().add("print-title");
        heading.setWrapText(true);
        page.getChildren().add(heading);
        return page;
    }

    /** The title a page was made with. */
    static String titleOf(VBox page) {
        return (String) page.getProperties().get(TITLE_KEY);
    }

    /** A table whose header is row 0; cut between rows across sheets, the header repeated. */
    public static javafx.scene.layout.GridPane table(String id) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId(id);
        grid.getStyleClass().add(TABLE);
        grid.setHgap(10);
        grid.setVgap(3);
        grid.setPadding(new Insets(6, 0, 6, 0));
        return grid;
    }

    public static Label text(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("print-text");
        return l;
    }

    public static Label header(String text) {
        Label l = text(text);
        l.getStyleClass().add(HEADER);
        return l;
    }

    /**
     * A table's column header: wraps between words, never inside one ("MK-4" stays whole) nor between a number and
     * its unit ("100 g").
     */
    public static Label columnHeader(String text) {
        return Unbreakable.keepWhole(header(AmountFormat.unitsKept(text)));
    }

    public static Label cell(String text) {
        return text(text);
    }

    /** An amount: breaks only after a spread's dash, never inside a number or between a number and its unit. */
    public static Label number(String text) {
        Label l = text(AmountFormat.wrappable(text));
        return Unbreakable.keepWhole(l);
    }

    public static Label small(String text) {
        Label l = text(text);
        l.getStyleClass().add("print-small");
        return l;
    }

    public static Label note() {
        Label l = text(Messages.get("summary.note"));
        l.getStyleClass().add(NOTE);
        return l;
    }
}
