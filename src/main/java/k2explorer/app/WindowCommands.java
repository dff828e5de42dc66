package k2explorer.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.stage.Stage;
import k2explorer.i18n.Messages;
import k2explorer.ui.appearance.PreferencesDialog;
import k2explorer.ui.coverage.CoverageChartView;
import k2explorer.ui.print.PrintPreview;

/** What the menu and the chart's buttons do: ask the user (file choosers, dialogs), then hand the work over. */
final class WindowCommands implements MenuCommands, MainTabs.ChartExports {
    private final Stage stage;
    private final ViewModels models;
    private final WindowNotifier notifier;
    private final WindowExporter exports;
    private final UserDataDialogs userData;
    private MainTabs tabs;
    private PrintableViews printable;

    WindowCommands(Stage stage, ViewModels models, WindowNotifier notifier, WindowExporter exports,
                   UserDataDialogs userData) {
        this.stage = stage;
        this.models = models;
        this.notifier = notifier;
        this.exports = exports;
        this.userData = userData;
    }

    /** The tabs are built after the actions they call back into. */
    void attach(MainTabs mainTabs) {
        this.tabs = mainTabs;
        this.printable = new PrintableViews(mainTabs, models);
    }

    PrintableViews printable() {
        return printable;
    }

    @Override
    public void print() {
        new PrintPreview(stage, tabs.selected().getText(), printable.page(), this::choosePngForPage,
                notifier::status).show();
    }

    private void choosePngForPage(Node page) {
        FileChoosers.saveFile(stage, Messages.get("chooser.savePng"), "k2-summary.png", Messages.get("filter.png"),
                "*.png", path -> exports.png(page, path, "status.summarySaved"));
    }

    @Override
    public void exportCatalog() {
        FileChoosers.saveFile(stage, Messages.get("chooser.exportCatalog"), "k2-catalog.csv",
                Messages.get("filter.csv"), "*.csv", exports::catalogCsv);
    }

    @Override
    public void chartAsPng(CoverageChartView view) {
        FileChoosers.saveFile(stage, Messages.get("chooser.exportChart"), "k2-coverage-chart.png",
                Messages.get("filter.png"), "*.png", path -> exports.png(view.chart(), path, "status.chartSaved"));
    }

    /** The coverage chart as it is drawn now, as PNG. */
    CompletableFuture<Void> chartAsPng(Path target) {
        CoverageChartView view = tabs.chartView();
        view.refresh();
        return exports.png(view.chart(), target, "status.chartSaved");
    }

    @Override
    public void tableAsCsv() {
        FileChoosers.saveFile(stage, Messages.get("chooser.exportCoverage"), "k2-coverage.csv",
                Messages.get("filter.csv"), "*.csv", path -> exports.coverageCsv(tabs.chartView().csvTable(), path));
    }

    /** The Coverage tab's table as CSV, as its "Export table as CSV" writes it. */
    CompletableFuture<Integer> coverageCsv(Path target) {
        return exports.coverageCsv(tabs.chartView().csvTable(), target);
    }

    @Override
    public void importMyFoods() {
        userData.chooseImportFile();
    }

    @Override
    public void importPlans() {
        userData.choosePlansImportFile();
    }

    @Override
    public void exportMyFoods() {
        userData.chooseMyFoodsExport();
    }

    @Override
    public void exportPlans() {
        userData.choosePlansExport();
    }

    @Override
    public void backUp() {
        userData.chooseBackupFile();
    }

    @Override
    public void restore() {
        userData.chooseRestoreFile();
    }

    @Override
    public void quit() {
        stage.close();
    }

    @Override
    public void preferences() {
        new PreferencesDialog(stage, models.appearance()).show();
    }

    @Override
    public void newMyFood() {
        userData.newMyFood();
    }

    @Override
    public void editMyFood() {
        userData.editSelectedMyFood();
    }

    @Override
    public void deleteMyFood() {
        userData.deleteSelectedMyFood();
    }

    @Override
    public void keyboardHelp() {
        KeyboardHelp.show(stage);
    }

    @Override
    public void aboutData() {
        AboutDialogs.showAboutData(stage, models.foods().catalogProperty().get());
    }

    @Override
    public void about() {
        AboutDialogs.showAbout(stage, models.foods().catalogProperty().get());
    }
}
