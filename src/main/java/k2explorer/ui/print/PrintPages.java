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
    /** Points of white around a printed page's content. */
    private static final double MARGIN = 24;
    private static final double LINE_GAP = 6;

    private PrintPages() {
    }

    public static VBox page(String title) {
        VBox page = new VBox(LINE_GAP);
        page.setId("printPage");
        page.getStyleClass().add("print-page");
        page.getStylesheets().add(STYLESHEET);
        page.setPadding(new Insets(MARGIN));
        page.setPrefWidth(FoodSummaryPage.WIDTH);
        page.setMaxWidth(FoodSummaryPage.WIDTH);
        Label heading = new Label(title);
        heading.getStyleClass().add("print-title");
        heading.setWrapText(true);
        page.getChildren().add(heading);
        return page;
    }

    public static Label text(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("print-text");
        return l;
    }

    public static Label header(String text) {
        Label l = text(text);
        l.getStyleClass().add("print-header");
        return l;
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
        l.getStyleClass().add("print-note");
        return l;
    }
}
