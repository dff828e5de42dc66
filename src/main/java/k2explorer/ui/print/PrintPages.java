package k2explorer.ui.print;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import k2explorer.i18n.Messages;

/** Building blocks of printable pages: black on white whatever the theme, sized for a printed page. */
public final class PrintPages {

    private PrintPages() {
    }

    public static VBox page(String title) {
        VBox page = new VBox(6);
        page.setId("printPage");
        page.getStyleClass().add("print-page");
        page.setPadding(new Insets(24));
        page.setPrefWidth(FoodSummaryPage.WIDTH);
        page.setMaxWidth(FoodSummaryPage.WIDTH);
        page.setStyle("-fx-background-color: white; -fx-font-size: 11px;");
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 16px; -fx-font-weight: bold; -fx-text-fill: black;");
        heading.setWrapText(true);
        page.getChildren().add(heading);
        return page;
    }

    public static Label text(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: black;");
        return l;
    }

    public static Label header(String text) {
        Label l = text(text);
        l.setStyle("-fx-text-fill: black; -fx-font-weight: bold;");
        return l;
    }

    public static Label cell(String text) {
        return text(text);
    }

    public static Label small(String text) {
        Label l = text(text);
        l.setStyle("-fx-text-fill: #333333; -fx-font-size: 9px;");
        return l;
    }

    public static Label note() {
        Label l = text(Messages.get("summary.note"));
        l.setStyle("-fx-text-fill: black; -fx-font-style: italic; -fx-padding: 8 0 0 0;");
        return l;
    }
}
