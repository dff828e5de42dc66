package k2explorer.ui.print;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import k2explorer.i18n.Messages;

/**
 * Shows what will be printed for the current view, and prints it (JavaFX printing, scaled to one page) or saves it
 * as a PNG. Printing to PDF goes through the system's PDF printer where there is one.
 */
public final class PrintPreview extends Dialog<Void> {

    public PrintPreview(Window owner, String title, Node page, Consumer<Node> savePng, Consumer<String> status) {
        initOwner(owner);
        setTitle(Messages.get("print.title", title));
        setHeaderText(Messages.get("print.header"));
        getDialogPane().setId("printPreview");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setPrefViewportWidth(FoodSummaryPage.WIDTH + 20);
        scroll.setPrefViewportHeight(560);
        getDialogPane().setContent(scroll);
        ButtonType print = new ButtonType(Messages.get("print.print"), ButtonBar.ButtonData.OK_DONE);
        ButtonType png = new ButtonType(Messages.get("print.savePng"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().addAll(print, png, ButtonType.CLOSE);
        Button printButton = (Button) getDialogPane().lookupButton(print);
        printButton.setId("printButton");
        boolean hasPrinter = Printer.getDefaultPrinter() != null;
        printButton.setDisable(!hasPrinter);
        if (!hasPrinter) {
            printButton.setTooltip(new Tooltip(Messages.get("print.noPrinter.tooltip")));
        }
        printButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            status.accept(print(owner, page));
        });
        Button pngButton = (Button) getDialogPane().lookupButton(png);
        pngButton.setId("printSavePngButton");
        pngButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            savePng.accept(page);
        });
    }

    /** Prints one page, scaled down to fit; returns what happened, for the status bar. */
    static String print(Window owner, Node page) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Messages.get("print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            return Messages.get("print.cancelled");
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double scale = Math.min(1, Math.min(layout.getPrintableWidth() / page.getBoundsInParent().getWidth(),
                layout.getPrintableHeight() / page.getBoundsInParent().getHeight()));
        Scale fit = new Scale(scale, scale);
        page.getTransforms().add(fit);
        boolean ok = job.printPage(page);
        page.getTransforms().remove(fit);
        if (ok && job.endJob()) {
            return Messages.get("print.sent", job.getPrinter().getName());
        }
        return Messages.get("print.failed", job.getJobStatus());
    }
}
