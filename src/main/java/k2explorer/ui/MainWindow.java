package k2explorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogCounts;
import k2explorer.catalog.build.OpenedCatalog;
import k2explorer.catalog.build.ProgressListener;
import k2explorer.coverage.TargetPresets;
import k2explorer.export.CatalogCsvExporter;
import k2explorer.export.CoverageCsvExporter;
import k2explorer.export.PngFile;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.ui.appearance.Appearance;
import k2explorer.ui.appearance.AppearanceViewModel;
import k2explorer.ui.appearance.PreferencesDialog;
import k2explorer.ui.appearance.SystemTheme;
import k2explorer.ui.compare.CompareView;
import k2explorer.ui.compare.CompareViewModel;
import k2explorer.ui.coverage.CoverageChartView;
import k2explorer.ui.coverage.TargetBar;
import k2explorer.ui.coverage.TargetChoiceViewModel;
import k2explorer.ui.foods.FoodDetailView;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.FoodsView;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.learn.LearnView;
import k2explorer.ui.plan.PlanView;
import k2explorer.ui.plan.PlanViewModel;
import k2explorer.ui.print.FoodSummaryPage;
import k2explorer.ui.print.PrintPreview;
import k2explorer.ui.print.ViewPages;
import k2explorer.ui.studies.ClaimsView;
import k2explorer.ui.studies.ClaimsViewModel;
import k2explorer.ui.studies.StudiesView;
import k2explorer.ui.studies.StudiesViewModel;
import k2explorer.ui.studies.StudyDose;
import k2explorer.userdata.DayPlan;
import k2explorer.userdata.MyFoodCsv;
import k2explorer.userdata.PreferencesFile;
import k2explorer.userdata.UserDataStore;
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
    private final PlanViewModel plan = new PlanViewModel();
    private final AppearanceViewModel appearance = new AppearanceViewModel();
    private Tab planTab;
    private PlanView planView;
    private final Feedback feedback;
    private final UserDataActions userData;

    public MainWindow(Stage stage, Path dataDirectory, BackgroundWork background, Consumer<String> linkOpener) {
        this.stage = stage;
        this.dataDirectory = dataDirectory;
        this.background = background;
        this.linkOpener = linkOpener;
        this.preferences = new PreferencesFile(dataDirectory);
        this.feedback = new Feedback(stage, background, statusBar);
        this.userData = new UserDataActions(feedback, foods, plan, this);
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
                statusBar.setText(Messages.get("status.copied", text));
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

    public PlanViewModel plan() {
        return plan;
    }

    public AppearanceViewModel appearance() {
        return appearance;
    }

    /** The user's data store, or null when it could not be opened. */
    public UserDataStore userStore() {
        return userData.store();
    }

    /** Reads, checks and (only if every line is good) imports a CSV of the user's foods. */
    public Task<MyFoodCsv.Parsed> importMyFoods(Path file) {
        return userData.importMyFoods(file);
    }

    public Task<k2explorer.plan.PlanCsv.Parsed> importPlans(Path file) {
        return userData.importPlans(file);
    }

    /** Closes the user data file (and releases its lock) when the app ends. */
    public void shutdown() {
        userData.close();
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
        foodsTab = new Tab(Messages.get("tab.foods"), foodsView);
        foodsTab.setId("foodsTab");
        chartTab = new Tab(Messages.get("tab.coverage"));
        chartTab.setId("coverageTab");
        compareTab = new Tab(Messages.get("tab.compare"));
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
        learnTab = lazyTab(Messages.get("tab.learn"), "learnTab", this::learnView);
        studiesTab = lazyTab(Messages.get("tab.studies"), "studiesTab", this::studiesView);
        claimsTab = lazyTab(Messages.get("tab.claims"), "claimsTab", this::claimsView);
        planTab = lazyTab(Messages.get("tab.plan"), "planTab", this::planView);
        tabs.getTabs().addAll(foodsTab, chartTab, compareTab, learnTab, studiesTab, claimsTab, planTab);
        plan.catalogProperty().bind(foods.catalogProperty());
        plan.targetProperty().bind(targets.targetProperty());
        foodsView.setSearchExtras(searchHits);
        foods.queryProperty().addListener((obs, was, now) -> searchHits.show(now, studies, claims, learnPanels));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mainTabs");
        root.setCenter(tabs);
        statusBar.setId("statusBar");
        statusBar.setText(Messages.get("status.starting"));
        root.setBottom(statusBar);
        Scene scene = new Scene(root, 1360, 820);
        Appearance.bind(appearance, root);
        background.run(new Task<Boolean>() {
            @Override
            protected Boolean call() {
                return SystemTheme.prefersDark();
            }

            @Override
            protected void succeeded() {
                appearance.systemDarkProperty().set(getValue());
            }
        });
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
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> tabs.getSelectionModel().select(index));
        }
        return scene;
    }

    private MenuBar menuBar() {
        MenuItem export = new MenuItem(Messages.get("menu.file.exportCatalog"));
        export.setId("exportCatalogMenu");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> chooseExportFile());
        export.disableProperty().bind(foods.catalogProperty().isNull());
        MenuItem quit = new MenuItem(Messages.get("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        MenuItem importFoods = menuItem(Messages.get("menu.file.importMyFoods"), "importMyFoodsMenu",
                userData::chooseImportFile);
        MenuItem importPlans = menuItem(Messages.get("menu.file.importPlans"), "importPlansMenu",
                userData::choosePlansImportFile);
        MenuItem exportFoods = menuItem(Messages.get("menu.file.exportMyFoods"), "exportMyFoodsMenu",
                userData::chooseMyFoodsExport);
        MenuItem exportPlans = menuItem(Messages.get("menu.file.exportPlans"), "exportPlansMenu",
                userData::choosePlansExport);
        MenuItem backup = menuItem(Messages.get("menu.file.backup"), "backupMenu", userData::chooseBackupFile);
        MenuItem restore = menuItem(Messages.get("menu.file.restore"), "restoreMenu", userData::chooseRestoreFile);
        MenuItem print = menuItem(Messages.get("menu.file.print"), "printMenu", this::showPrintPreview);
        print.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.disableProperty().bind(foods.catalogProperty().isNull());
        Menu file = new Menu(Messages.get("menu.file"), null, print, export, new SeparatorMenuItem(), importFoods,
                exportFoods, importPlans, exportPlans, new SeparatorMenuItem(), backup, restore,
                new SeparatorMenuItem(), quit);
        MenuItem preferences = menuItem(Messages.get("menu.view.preferences"), "preferencesMenu",
                () -> new PreferencesDialog(stage, appearance).show());
        preferences.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        Menu view = new Menu(Messages.get("menu.view"), null, preferences);
        MenuItem newFood = menuItem(Messages.get("menu.food.new"), "newMyFoodMenu", () -> userData.editMyFood(null));
        newFood.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem editFood = menuItem(Messages.get("menu.food.edit"), "editMyFoodMenu", userData::editSelectedMyFood);
        MenuItem deleteFood = menuItem(Messages.get("menu.food.delete"), "deleteMyFoodMenu",
                userData::deleteSelectedMyFood);
        javafx.beans.binding.BooleanBinding notMine = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> userData.selectedMyFood().isEmpty(), foods.selectedProperty());
        editFood.disableProperty().bind(notMine);
        deleteFood.disableProperty().bind(notMine);
        Menu food = new Menu(Messages.get("menu.food"), null, newFood, editFood, deleteFood);
        MenuItem sources = new MenuItem(Messages.get("menu.help.aboutData"));
        sources.setId("aboutDataMenu");
        sources.setOnAction(e -> AboutDialogs.showAboutData(stage, foods.catalogProperty().get()));
        MenuItem keys = menuItem(Messages.get("menu.help.keyboard"), "keyboardHelpMenu",
                () -> KeyboardHelp.show(stage));
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem about = menuItem(Messages.get("menu.help.about"), "aboutMenu", () -> AboutDialogs.showAbout(stage,
                foods.catalogProperty().get()));
        Menu help = new Menu(Messages.get("menu.help"), null, keys, sources, about);
        MenuBar bar = new MenuBar(file, food, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem menuItem(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
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
            Startup.UserData mine = startup.userData();
            foods.setCatalog(mine.merge(opened.catalog()), startup.rows());
            studies.setCatalog(opened.studies());
            learnPanels = startup.learn();
            claims.setCatalog(opened.catalog(), opened.studies(), learnPanels);
            Settings.restore(startup.settings(), targets, foods, compare);
            appearance.restore(startup.settings());
            WindowGeometry.restore(startup.settings()).ifPresent(g -> g.applyTo(stage));
            rememberSettingsOnChange();
            statusBar.setText(startup.settingsProblem() == null ? statusText(opened)
                    : Messages.get("status.settingsUnreadable", startup.settingsProblem()));
            userData.opened(mine, opened.catalog());
            LOG.log(System.Logger.Level.INFO, "Catalog shown ({0} foods) {1} ms after JVM start{2}",
                    opened.catalog().foods().size(), StartupClock.millisSinceJvmStart(),
                    opened.rebuilt().map(r -> "; built in " + opened.buildMillis() + " ms (" + r + ")").orElse(""));
        });
        task.setOnFailed(e -> {
            unbindStatus();
            Throwable error = task.getException();
            LOG.log(System.Logger.Level.ERROR, "Catalog could not be opened", error);
            statusBar.setText(Messages.get("status.catalogFailed", error.getMessage()));
            feedback.error(Messages.get("error.catalog.header"),
                    Messages.get("error.catalog.text", error.getMessage(), dataDirectory));
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
            Map<String, String> snapshot = new java.util.LinkedHashMap<>(Settings.snapshot(targets, foods, compare));
            snapshot.putAll(appearance.snapshot());
            snapshot.putAll(WindowGeometry.of(stage).snapshot());
            background.runInOrder(new Task<Void>() {
                @Override
                protected Void call() throws Exception {
                    preferences.save(snapshot);
                    return null;
                }

                @Override
                protected void failed() {
                    statusBar.setText(Messages.get("status.settingsNotSaved", preferences.file()) + ": "
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
        appearance.themeProperty().addListener(save);
        appearance.fontScaleProperty().addListener(save);
        appearance.colourBlindPaletteProperty().addListener(save);
        // Size and position are saved once, when the window closes (the writer finishes before the app exits).
        stage.setOnHidden(e -> save.invalidated(null));
    }

    private void unbindStatus() {
        statusBar.textProperty().unbind();
        statusBar.progressProperty().unbind();
        statusBar.setProgress(0);
    }

    static String statusText(OpenedCatalog opened) {
        Catalog catalog = opened.catalog();
        CatalogCounts c = catalog.counts();
        return Messages.get("status.catalog", String.format("%,d", c.foods()), String.format("%,d",
                c.foodsWithVitaminK()),
                String.format("%,d", c.foodsWithK2()), String.format("%,d", c.foodsWithOnlyNotDetectedK2()),
                String.format("%,d", c.values()),
                String.format("%,d", c.sources()), catalog.version().display())
                + (opened.rebuilt().isPresent() ? Messages.get("status.catalogBuilt",
                        String.valueOf(opened.buildMillis())) : "");
    }

    private void chooseExportFile() {
        feedback.chooseSaveFile(Messages.get("chooser.exportCatalog"), "k2-catalog.csv", Messages.get("filter.csv"),
                "*.csv",
                this::exportCatalog);
    }

    /** Writes the catalog CSV in the background and reports the outcome in the status bar. */
    public Task<Integer> exportCatalog(Path target) {
        Catalog catalog = foods.catalogProperty().get();
        return feedback.runExport(target, () -> CatalogCsvExporter.export(catalog, target),
                rows -> Messages.get("status.exportedValues", rows, target));
    }

    private void exportChart(CoverageChartView view) {
        feedback.chooseSaveFile(Messages.get("chooser.exportChart"), "k2-coverage-chart.png",
                Messages.get("filter.png"), "*.png",
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

    private PlanView planView() {
        if (planView == null) {
            planView = new PlanView(plan, foods, new PlanView.Actions() {
                @Override
                public void save() {
                    userData.savePlan();
                }

                @Override
                public void delete(DayPlan p) {
                    userData.deletePlan(p);
                }
            }, userData.readOnly());
            planTab.setContent(planView);
        }
        return planView;
    }

    @Override
    public void openFood(String foodId) {
        if (foods.selectFood(foodId)) {
            tabs.getSelectionModel().select(foodsTab);
        } else {
            statusBar.setText(Messages.get("status.foodMissing", foodId));
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
        statusBar.setText(Messages.get("status.studyDose", dose.studyLabel()));
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
        return feedback.runExport(target, () -> {
            PngFile.write(pixels, width, height, target);
            return null;
        }, none -> Messages.get("status.chartSaved", target));
    }

    private void exportCoverageTable() {
        feedback.chooseSaveFile(Messages.get("chooser.exportCoverage"), "k2-coverage.csv", Messages.get("filter.csv"),
                "*.csv",
                this::exportCoverageTable);
    }

    /** Writes the rows shown in the Foods table with their coverage figures, naming target, basis and data. */
    public Task<Integer> exportCoverageTable(Path target) {
        String header = foods.coverageHeader();
        List<CoverageCsvExporter.Line> lines = foods.coverageLines();
        return feedback.runExport(target, () -> {
            CoverageCsvExporter.export(header, lines, target);
            return lines.size();
        }, rows -> Messages.get("status.exportedCoverage", rows, target));
    }

    /** The printable page for the view shown now: a one-page summary, built on the FX thread. */
    public javafx.scene.layout.VBox printablePage() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Catalog catalog = foods.catalogProperty().get();
        if (tab == chartTab) {
            CoverageChartView view = chartView();
            view.refresh();
            return ViewPages.chart(Messages.get("print.chart.title"),
                    ((javafx.scene.control.Label) view.lookup("#coverageHeading")).getText(), view.chart());
        }
        if (tab == compareTab) {
            return compare.compared().isEmpty()
                    ? ViewPages.empty(Messages.get("print.compare.emptyTitle"), Messages.get("print.compare.emptyText"))
                    : FoodSummaryPage.of(Messages.get("print.compare.title"), List.copyOf(compare.compared()),
                    targets.targetProperty().get(), catalog);
        }
        if (tab == learnTab) {
            LearnView view = learnView();
            return view == null || view.current() == null ? ViewPages.empty(Messages.get("tab.learn"),
                    Messages.get("print.learn.empty"))
                    : ViewPages.learnPanel(view.current());
        }
        if (tab == studiesTab) {
            return ViewPages.studies(studies.selectedProperty().get(), List.copyOf(studies.visible()));
        }
        if (tab == claimsTab) {
            return ViewPages.claims(List.copyOf(claims.visible()));
        }
        if (tab == planTab) {
            return ViewPages.plan(plan.toPlan(), plan.totalsProperty().get(), catalog,
                    targets.targetProperty().get() == null ? Messages.get("print.plan.noTarget")
                            : targets.targetProperty().get().label());
        }
        List<FoodRow> chosen = List.copyOf(foods.pickedRows());
        if (chosen.isEmpty()) {
            chosen = foods.visibleRows().stream().limit(15).toList();
        }
        return FoodSummaryPage.of(Messages.get("print.foods.title"), chosen, targets.targetProperty().get(),
                catalog);
    }

    private void showPrintPreview() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        new PrintPreview(stage, tab.getText(), printablePage(),
                page -> feedback.chooseSaveFile(Messages.get("chooser.savePng"),
                "k2-summary.png", Messages.get("filter.png"), "*.png", path -> savePage(page, path)),
                        statusBar::setText).show();
    }

    /** Renders a printable page (FX thread) and writes it as PNG in the background. */
    public Task<Void> savePage(javafx.scene.Node page, Path target) {
        if (page.getScene() == null) {
            new Scene(new javafx.scene.Group(page));
        }
        page.applyCss();
        if (page instanceof javafx.scene.Parent parent) {
            parent.layout();
        }
        javafx.scene.image.WritableImage image = page.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return feedback.runExport(target, () -> {
            PngFile.write(pixels, width, height, target);
            return null;
        }, none -> Messages.get("status.summarySaved", target));
    }
}
