package k2explorer.ui.print;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import k2explorer.i18n.Messages;

/**
 * Shows what will be printed for the current view, sheet by sheet on the chosen paper, and prints it (JavaFX
 * printing, one sheet per page) or saves each sheet as a PNG at {@link PaperSize#DPI}. Printing to PDF goes through
 * the system's PDF printer where there is one.
 */
public final class PrintPreview extends Dialog<Void> {
    private final VBox sheets = new VBox(16);
    private final ChoiceBox<PaperSize> paper = new ChoiceBox<>();
    private List<VBox> pages = List.of();

    /**
     * @param document builds the view's printable document (again when the paper changes)
     * @param savePng  saves the sheets, drawn for the paper
     */
    public PrintPreview(Window owner, String title, Supplier<VBox> document, BiConsumer<List<VBox>, PaperSize> savePng,
                        Consumer<String> status) {
        initOwner(owner);
        setTitle(Messages.get("print.title", title));
        setHeaderText(Messages.get("print.header"));
        getDialogPane().setId("printPreview");
        paper.getItems().setAll(PaperSize.values());
        paper.setId("printPaperChoice");
        paper.setValue(PaperSize.forLocale(Locale.getDefault()));
        Label paperLabel = new Label(Messages.get("print.paper"));
        paperLabel.setLabelFor(paper);
        Label count = new Label();
        count.setId("printSheetCount");
        HBox bar = new HBox(8, paperLabel, paper, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        sheets.setId("printSheets");
        sheets.setPadding(new Insets(12));
        sheets.setStyle("-fx-background-color: #9a9a9a;");
        sheets.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(PrintPages.PAGE_WIDTH + 40);
        scroll.setPrefViewportHeight(560);
        BorderPane content = new BorderPane(scroll);
        content.setTop(bar);
        getDialogPane().setContent(content);
        Runnable lay = () -> {
            pages = Paginator.pages(document.get(), paper.getValue());
            sheets.getChildren().setAll(pages);
            count.setText(Messages.get(pages.size() == 1 ? "print.sheets.one" : "print.sheets", pages.size()));
        };
        paper.valueProperty().addListener((obs, was, now) -> lay.run());
        lay.run();
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
            status.accept(print(owner, pages, paper.getValue()));
        });
        Button pngButton = (Button) getDialogPane().lookupButton(png);
        pngButton.setId("printSavePngButton");
        pngButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            savePng.accept(pages, paper.getValue());
        });
    }

    /** The sheets shown now. */
    public List<VBox> pages() {
        return pages;
    }

    /** The files the sheets are saved to: the chosen name for one sheet, "name-1.png", "name-2.png" … for more. */
    public static List<java.nio.file.Path> sheetFiles(java.nio.file.Path chosen, int sheets) {
        if (sheets == 1) {
            return List.of(chosen);
        }
        String name = chosen.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".png";
        return java.util.stream.IntStream.rangeClosed(1, sheets)
                .mapToObj(i -> chosen.resolveSibling(stem + "-" + i + ext)).toList();
    }

    /** Prints the sheets, each scaled to the printer's page; returns what happened, for the status bar. */
    static String print(Window owner, List<VBox> pages, PaperSize paper) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Messages.get("print.noPrinter");
        }
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(paper.fx(), PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT));
        if (!job.showPrintDialog(owner)) {
            return Messages.get("print.cancelled");
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (VBox page : pages) {
            double scale = Math.min(layout.getPrintableWidth() / page.getWidth(),
                    layout.getPrintableHeight() / page.getHeight());
            Scale fit = new Scale(scale, scale);
            page.getTransforms().add(fit);
            ok &= job.printPage(page);
            page.getTransforms().remove(fit);
        }
        if (ok && job.endJob()) {
            return Messages.get("print.sent", printer.getName());
        }
        return Messages.get("print.failed", job.getJobStatus());
    }
}
