package k2explorer.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogCounts;
import k2explorer.catalog.build.ProgressListener;
import k2explorer.catalog.build.OpenedCatalog;
import k2explorer.coverage.TargetPresets;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import k2explorer.export.CatalogCsvExporter;
import k2explorer.export.CoverageCsvExporter;
import k2explorer.export.PngFile;
import k2explorer.ui.compare.CompareView;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.CoverageChartView;
import k2explorer.ui.coverage.TargetBar;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.userdata.PreferencesFile;
import k2explorer.learn.LearnPanels;
import k2explorer.ui.learn.LearnView;
import k2explorer.ui.studies.ClaimsView;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesView;
import k2explorer.ui.studies.StudiesViewModel;
import k2explorer.ui.studies.StudyDose;
import k2explorer.ui.foods.FoodDetailView;
import k2explorer.ui.foods.FoodsView;
import k2explorer.ui.foods.FoodsViewModel;
import org.controlsfx.control.StatusBar;

/** The main window: menu, the Foods view and a status bar; opens the catalog in the background on start. */
public final class MainWindow implements Navigator {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());

    private final Stage stage;
    private final Path dataDirectory;
    private final BackgroundWork background;
    private final Consumer<String> linkOpener;
    private final FoodsViewModel foods = new FoodsViewModel();
    private final TargetChoiceViewModel targets = new TargetChoiceViewModel(TargetPresets.load());
    private final PreferencesFile preferences;
    private final CompareViewModel compare = new CompareViewModel();
    private final TabPane tabs = new TabPane();
    private Tab compareTab;
    private Tab chartTab;
    private CoverageChartView chartView;
    private final StatusBar statusBar = new StatusBar();
    private final FoodsView foodsView;
    private final StudiesViewModel studies = new StudiesViewModel();
    private final ClaimsViewModel claims = new ClaimsViewModel();
    private LearnPanels learnPanels;
    private Tab foodsTab;
    private Tab learnTab;
    private Tab studiesTab;
    private Tab claimsTab;
    private LearnView learnView;
    private StudiesView studiesView;
    private ClaimsView claimsView;
    private final SearchHitsBar searchHits = new SearchHitsBar(this);

    public MainWindow(Stage stage, Path dataDirectory, BackgroundWork background, Consumer<String> linkOpener) {
        this.stage = stage;
        this.dataDirectory = dataDirectory;
        this.background = background;
        this.linkOpener = linkOpener;
        this.preferences = new PreferencesFile(dataDirectory);
        foods.targetProperty().bind(targets.targetProperty());
        this.foodsView = new FoodsView(foods, new TargetBar(targets), this::compareSelected,
                new FoodDetailView.Actions() {
            @Override
            public void openLink(String url) {
                linkOpener.accept(url);
            }

            @Override
            public void copyToClipboard(String text) {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
                statusBar.setText("Copied: " + text);
            }
        });
    }

    public FoodsViewModel foods() {
        return foods;
    }

    public TargetChoiceViewModel targets() {
        return targets;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public StudiesViewModel studies() {
        return studies;
    }

    public ClaimsViewModel claims() {
        return claims;
    }

    /** Adds the foods selected in the table to the comparison and shows it. */
    public void compareSelected() {
        compare.add(List.copyOf(foods.pickedRows()));
        tabs.getSelectionModel().select(compareTab);
    }

    public Scene createScene() {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.setTop(menuBar());
        foodsTab = new Tab("Foods", foodsView);
        foodsTab.setId("foodsTab");
        chartTab = new Tab("Coverage chart");
        chartTab.setId("coverageTab");
        compareTab = new Tab("Compare");
        compareTab.setId("compareTab");
        // The chart and compare views are built when first shown: start-up pays only for what it shows.
        chartTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                chartView();
            }
        });
        compareTab.selectedProperty().addListener((obs, was, now) -> {
            if (now && compareTab.getContent() == null) {
                compareTab.setContent(new CompareView(compare, foods));
            }
        });
        learnTab = lazyTab("Learn", "learnTab", this::learnView);
        studiesTab = lazyTab("Studies", "studiesTab", this::studiesView);
        claimsTab = lazyTab("Claims", "claimsTab", this::claimsView);
        tabs.getTabs().addAll(foodsTab, chartTab, compareTab, learnTab, studiesTab, claimsTab);
        foodsView.setSearchExtras(searchHits);
        foods.queryProperty().addListener((obs, was, now) -> searchHits.show(now, studies, claims, learnPanels));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mainTabs");
        root.setCenter(tabs);
        statusBar.setId("statusBar");
        statusBar.setText("Starting…");
        root.setBottom(statusBar);
        Scene scene = new Scene(root, 1360, 820);
        scene.getStylesheets().add(MainWindow.class.getResource("/k2explorer/css/app.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            tabs.getSelectionModel().select(0);
            foodsView.searchField().requestFocus();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                () -> foodsView.searchField().requestFocus());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                this::compareSelected);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> tabs.getSelectionModel().select(index));
        }
        return scene;
    }

    private MenuBar menuBar() {
        MenuItem export = new MenuItem("Export catalog as CSV…");
        export.setId("exportCatalogMenu");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> chooseExportFile());
        export.disableProperty().bind(foods.catalogProperty().isNull());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("_File", null, export, new SeparatorMenuItem(), quit);
        MenuItem sources = new MenuItem("About the data");
        sources.setId("aboutDataMenu");
        sources.setOnAction(e -> showAboutData());
        Menu help = new Menu("_Help", null, sources);
        MenuBar bar = new MenuBar(file, help);
        bar.setId("menuBar");
        return bar;
    }

    /** Opens (or builds) the catalog off the FX thread and shows it when ready. */
    public Task<Startup> loadCatalog() {
        Task<Startup> task = new Task<>() {
            @Override
            protected Startup call() throws Exception {
                ProgressListener progress = (fraction, message) -> {
                    updateProgress(fraction, 1.0);
                    updateMessage(message);
                };
                java.util.concurrent.CompletableFuture<Startup> early = Startup.takeEarly(dataDirectory, progress);
                Startup loaded = early == null ? null : unwrap(early);
                return loaded != null ? loaded : Startup.load(dataDirectory, progress);
            }
        };
        statusBar.textProperty().bind(task.messageProperty());
        statusBar.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            unbindStatus();
            Startup startup = task.getValue();
            OpenedCatalog opened = startup.catalog();
            foods.setCatalog(opened.catalog(), startup.rows());
            studies.setCatalog(opened.catalog().studies());
            claims.setCatalog(opened.catalog());
            learnPanels = startup.learn();
            Settings.restore(startup.settings(), targets, foods, compare);
            rememberSettingsOnChange();
            statusBar.setText(startup.settingsProblem() == null ? statusText(opened)
                    : "Your saved settings could not be read (" + startup.settingsProblem() + "); defaults are used "
                    + "and the file is left as it is until you change a setting.");
            LOG.log(System.Logger.Level.INFO, "Catalog shown ({0} foods) {1} ms after JVM start{2}",
                    opened.catalog().foods().size(), StartupClock.millisSinceJvmStart(),
                    opened.rebuilt().map(r -> "; built in " + opened.buildMillis() + " ms (" + r + ")").orElse(""));
        });
        task.setOnFailed(e -> {
            unbindStatus();
            Throwable error = task.getException();
            LOG.log(System.Logger.Level.ERROR, "Catalog could not be opened", error);
            statusBar.setText("The food catalog could not be opened: " + error.getMessage());
            showError("The food catalog could not be opened",
                    error.getMessage() + "\n\nData folder: " + dataDirectory
                            + "\nNothing of yours is stored in the catalog file; it is rebuilt from the app's data.");
        });
        return background.run(task);
    }

    private static Startup unwrap(java.util.concurrent.CompletableFuture<Startup> future) throws Exception {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void rememberSettingsOnChange() {
        javafx.beans.InvalidationListener save = obs -> {
            Map<String, String> snapshot = Settings.snapshot(targets, foods, compare);
            background.runInOrder(new Task<Void>() {
                @Override
                protected Void call() throws Exception {
                    preferences.save(snapshot);
                    return null;
                }

                @Override
                protected void failed() {
                    statusBar.setText("Could not save your settings to " + preferences.file() + ": "
                            + getException().getMessage());
                }
            });
        };
        targets.optionProperty().addListener(save);
        targets.countedProperty().addListener(save);
        targets.customMicrogramsProperty().addListener(save);
        targets.bodyWeightKgProperty().addListener(save);
        foods.valuesRevisionProperty().addListener(save);
        foods.basisProperty().addListener(save);
        compare.compared().addListener(save);
    }

    private void unbindStatus() {
        statusBar.textProperty().unbind();
        statusBar.progressProperty().unbind();
        statusBar.setProgress(0);
    }

    static String statusText(OpenedCatalog opened) {
        Catalog catalog = opened.catalog();
        CatalogCounts c = catalog.counts();
        return String.format("%,d foods (%,d with vitamin K values, %,d with K2) · %,d values · %,d sources · %s%s",
                c.foods(), c.foodsWithVitaminK(), c.foodsWithK2(), c.values(), c.sources(),
                catalog.version().display(),
                opened.rebuilt().isPresent() ? " · catalog built in " + opened.buildMillis() + " ms" : "");
    }

    private void chooseExportFile() {
        chooseSaveFile("Export every catalog value as CSV", "k2-catalog.csv", "CSV files", "*.csv",
                this::exportCatalog);
    }

    /** Asks where to save (the FileChooser needs the FX thread), then hands the path to {@code export}. */
    private void chooseSaveFile(String title, String initialName, String filterLabel, String pattern,
                                java.util.function.Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, pattern));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            export.accept(file.toPath());
        }
    }

    /** Runs an export in the background; success goes to the status bar, failure to an error naming the file. */
    private <T> Task<T> runExport(Path target, java.util.concurrent.Callable<T> work,
                                  java.util.function.Function<T, String> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> statusBar.setText(done.apply(task.getValue())));
        task.setOnFailed(e -> showError("Export failed", "Could not write " + target + ":\n"
                + task.getException().getMessage()));
        return background.run(task);
    }

    /** Writes the catalog CSV in the background and reports the outcome in the status bar. */
    public Task<Integer> exportCatalog(Path target) {
        Catalog catalog = foods.catalogProperty().get();
        return runExport(target, () -> CatalogCsvExporter.export(catalog, target),
                rows -> String.format("Exported %,d values to %s", rows, target));
    }

    private void exportChart(CoverageChartView view) {
        chooseSaveFile("Export the coverage chart as PNG", "k2-coverage-chart.png", "PNG images", "*.png",
                path -> exportChart(view, path));
    }

    /** A tab whose view is built the first time it is shown (or navigated to). */
    private Tab lazyTab(String title, String id, java.util.function.Supplier<javafx.scene.Node> view) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                view.get();
            }
        });
        return tab;
    }

    private LearnView learnView() {
        if (learnView == null && learnPanels != null) {
            learnView = new LearnView(learnPanels, this);
            learnTab.setContent(learnView);
        }
        return learnView;
    }

    private StudiesView studiesView() {
        if (studiesView == null) {
            studiesView = new StudiesView(studies, this);
            studiesTab.setContent(studiesView);
        }
        return studiesView;
    }

    private ClaimsView claimsView() {
        if (claimsView == null) {
            claimsView = new ClaimsView(claims, this);
            claimsTab.setContent(claimsView);
        }
        return claimsView;
    }

    @Override
    public void openFood(String foodId) {
        if (foods.selectFood(foodId)) {
            tabs.getSelectionModel().select(foodsTab);
        } else {
            statusBar.setText("That food is not in the catalog: " + foodId);
        }
    }

    @Override
    public void openStudy(String studyKey) {
        studiesView();
        if (studies.select(studyKey)) {
            tabs.getSelectionModel().select(studiesTab);
            studiesView.table().requestFocus();
        }
    }

    @Override
    public void openClaim(String claimId) {
        claimsView();
        if (claims.select(claimId)) {
            tabs.getSelectionModel().select(claimsTab);
            claimsView.table().requestFocus();
        }
    }

    @Override
    public void openPanel(String panelId, String heading) {
        tabs.getSelectionModel().select(learnTab);
        LearnView view = learnView();
        if (view != null) {
            view.show(panelId, heading);
        }
    }

    @Override
    public void openWebPage(String url) {
        linkOpener.accept(url);
    }

    @Override
    public void showFoodsReaching(StudyDose dose) {
        targets.useStudyDose(dose.studyLabel(), dose.micrograms(), dose.counted());
        tabs.getSelectionModel().select(chartTab);
        statusBar.setText("Coverage shown for a study dose: " + dose.studyLabel() + " — not a nutrition target.");
    }

    private CoverageChartView chartView() {
        if (chartView == null) {
            chartView = new CoverageChartView(foods, this::exportChart, this::exportCoverageTable,
                    () -> tabs.getSelectionModel().select(0));
            chartView.showingProperty().bind(chartTab.selectedProperty());
            chartTab.setContent(chartView);
        }
        return chartView;
    }

    /** Exports the coverage chart as it is drawn now; call on the FX thread. */
    public Task<Void> exportChart(Path target) {
        CoverageChartView view = chartView();
        view.refresh();
        return exportChart(view, target);
    }

    /** Renders the chart now (FX thread) and writes the PNG in the background. */
    public Task<Void> exportChart(CoverageChartView view, Path target) {
        javafx.scene.image.WritableImage image = view.chart().snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return runExport(target, () -> {
            PngFile.write(pixels, width, height, target);
            return null;
        }, none -> "Chart saved to " + target);
    }

    private void exportCoverageTable() {
        chooseSaveFile("Export the coverage table as CSV", "k2-coverage.csv", "CSV files", "*.csv",
                this::exportCoverageTable);
    }

    /** Writes the rows shown in the Foods table with their coverage figures, naming target, basis and data. */
    public Task<Integer> exportCoverageTable(Path target) {
        String header = foods.coverageHeader();
        List<CoverageCsvExporter.Line> lines = foods.coverageLines();
        return runExport(target, () -> {
            CoverageCsvExporter.export(header, lines, target);
            return lines.size();
        }, rows -> String.format("Exported %,d foods to %s", rows, target));
    }

    private void showAboutData() {
        Catalog catalog = foods.catalogProperty().get();
        StringBuilder text = new StringBuilder("""
                K2 Explorer shows vitamin K1 and K2 amounts in foods with the source of every number. \
                A value that was not measured is shown as a dash, never as zero.

                USDA National Nutrient Database for Standard Reference, Release 26 (2013): public domain. \
                K1 (phylloquinone) and other nutrients for 8,463 foods.

                Menaquinone (K2) values: a literature table in which every number was read in a published \
                abstract or a named secondary source; see each food's Sources.

                This is information, not medical advice. If you take warfarin or another vitamin K \
                antagonist, talk to your clinician before changing how much vitamin K you eat.
                """);
        if (catalog != null) {
            text.append("\nData version: ").append(catalog.version().display());
        }
        Alert about = new Alert(Alert.AlertType.INFORMATION, text.toString());
        about.setTitle("About the data");
        about.setHeaderText("Where the numbers come from");
        about.initOwner(stage);
        about.getDialogPane().setPrefWidth(560);
        about.show();
    }

    private void showError(String header, String message) {
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setTitle("K2 Explorer");
            alert.setHeaderText(header);
            alert.initOwner(stage);
            alert.show();
        });
    }
}
