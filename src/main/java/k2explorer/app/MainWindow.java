package k2explorer.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogCounts;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.ui.appearance.Appearance;
import k2explorer.ui.common.HoverTooltip;
import k2explorer.ui.common.Navigator;
import org.controlsfx.control.StatusBar;

/**
 * The main window's shell: the menu bar, the tabs, the status bar and the keyboard shortcuts. What the menu does
 * is {@link WindowCommands}; the views and the moves between them are {@link MainTabs}.
 */
public final class MainWindow {
    /** A size that shows the Foods table and the detail pane side by side on a 1366×768 laptop. */
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 820;
    private static final KeyCode[] TAB_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};

    /** The buttons that show a chart's numbers as a table, one per tab with a chart. */
    private static final String[] CHART_TABLE_BUTTONS = {"coverageTableButton", "compareTableButton",
        "weeklyK1TableButton"};

    private final Stage stage;
    private final ViewModels models;
    private final StatusBar statusBar;
    private final WindowNotifier notifier;
    private final UserDataDialogs userData;
    private final WindowCommands actions;
    private final MainTabs tabs;

    public MainWindow(Stage stage, ViewModels models, WindowNotifier notifier,
                      WindowExporter exports, Consumer<String> linkOpener) {
        this.stage = stage;
        this.models = models;
        this.statusBar = notifier.statusBar();
        this.notifier = notifier;
        this.userData = new UserDataDialogs(stage, notifier, models.userData());
        this.actions = new WindowCommands(stage, models, notifier, exports, userData);
        this.tabs = new MainTabs(models, notifier, linkOpener, userData, actions);
        actions.attach(tabs);
    }

    public Scene createScene() {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        MainMenu menu = new MainMenu(actions, models.foods().catalogProperty().isNull(),
                models.userData().selectedIsMineProperty().not(), () -> tabs.foodsView().sortMenu("sortFoodsMenu"));
        root.setTop(menu.bar());
        root.setCenter(tabs);
        statusBar.setId("statusBar");
        statusBar.setText(Messages.get("status.starting"));
        // A narrow window (or large text) shortens the status text with "…": the whole of it is on the bar's tooltip.
        HoverTooltip.install(statusBar, statusBar.textProperty(), tooltip -> {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
        });
        root.setBottom(statusBar);
        // How many foods the table shows, in the status bar while the Foods tab is shown.
        javafx.scene.control.Label summary = tabs.foodsView().summary();
        summary.visibleProperty().bind(tabs.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        statusBar.getRightItems().add(summary);
        Dimension2D size = firstSize();
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        Appearance.bind(models.appearance(), root);
        ColumnWidths.follow(scene, models.appearance().fontScaleProperty(),
                tabs.getSelectionModel().selectedItemProperty());
        scene.getStylesheets().add(Themes.APP_STYLESHEET);
        menu.acceleratorsOn(scene);
        // Enter opens a focused link as Space does, everywhere in the window.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof Hyperlink link
                    && !link.isDisabled()) {
                link.fire();
                e.consume();
            }
        });
        scene.getAccelerators().put(shortcut(KeyCode.F), () -> {
            tabs.getSelectionModel().select(0);
            tabs.foodsView().searchField().requestFocus();
        });
        scene.getAccelerators().put(shortcut(KeyCode.K), () -> tabs.foodsView().searchField().requestFocus());
        scene.getAccelerators().put(shortcut(KeyCode.D), tabs::compareSelected);
        // The chart in view as a table of its numbers (what a screen reader can read).
        scene.getAccelerators().put(shortcut(KeyCode.T), () -> {
            javafx.scene.Node content = tabs.selected().getContent();
            for (String id : CHART_TABLE_BUTTONS) {
                javafx.scene.Node button = content == null ? null : content.lookup("#" + id);
                if (button instanceof javafx.scene.control.Button b && b.isVisible() && !b.isDisabled()) {
                    b.fire();
                    return;
                }
            }
        });
        for (int i = 0; i < TAB_KEYS.length; i++) {
            int index = i;
            scene.getAccelerators().put(shortcut(TAB_KEYS[i]), () -> {
                tabs.getSelectionModel().select(index);
                // from the tab row, Tab moves into the view just opened rather than the one left behind
                tabs.requestFocus();
            });
        }
        return scene;
    }

    /** The window's first size fits the screen it opens on; a remembered size replaces it later. */
    public static Dimension2D firstSize() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Dimension2D(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    }

    private static KeyCodeCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public Stage stage() {
        return stage;
    }

    public Navigator navigator() {
        return tabs;
    }

    /** Shows progress of long start-up work in the status bar. */
    public void progress(double fraction, String message) {
        notifier.progress(fraction, message);
    }

    /** Start-up has shown the catalog: say what it holds (or why saved settings were not used). */
    /**
     * Start-up's end: the learn panels, the counts in the status bar ({@code opened}, the catalog as read, when the
     * Foods table shows none yet), and what start-up has to say about the catalog ({@code catalogNotice}) or the
     * settings ({@code settingsProblem}); both null when there is nothing to say.
     */
    public void catalogShown(Catalog opened, String catalogNotice, LearnPanels learn, String settingsProblem) {
        notifier.progressDone();
        tabs.setLearnPanels(learn);
        // Counted from the catalog the Foods table shows (the user's own foods included): the same numbers everywhere.
        CatalogCounts shown = models.foods().counts();
        notifier.status(settingsProblem == null ? statusText(shown != null ? shown : opened.counts())
                : Messages.get("status.settingsUnreadable", settingsProblem));
        if (catalogNotice != null) {
            notifier.status(catalogNotice);
            notifier.problem(Messages.get("problem.catalog.header"), catalogNotice);
        }
    }

    public void catalogFailed(Throwable error, Path dataDirectory) {
        notifier.progressDone();
        models.foods().catalogUnreadable();
        notifier.status(Messages.get("status.catalogFailed", error.getMessage()));
        notifier.error(Messages.get("error.catalog.header"),
                Messages.get("error.catalog.text", error.getMessage(), dataDirectory));
    }

    static String statusText(CatalogCounts c) {
        // Values and sources are counted in Help → About the data; the line stays short enough for large text.
        Object[] counts = List.of(c.foods(), c.foodsWithK2(), c.foodsWithOnlyNotDetectedK2()).stream()
                .map(n -> String.format("%,d", n)).toArray();
        // The data version is bookkeeping: Help → About the data names it.
        return Messages.get("status.catalog", counts[0], counts[1], counts[2]);
    }

    /** Imports a CSV of the user's foods and shows the report, as File → Import does after the chooser. */
    public void importMyFoods(Path file) {
        userData.importMyFoods(file);
    }

    /** Imports a CSV of plans and shows the report, as File → Import plans does after the chooser. */
    public void importPlans(Path file) {
        userData.importPlans(file);
    }

    /** The coverage chart as drawn now, as PNG; call on the FX thread. */
    public CompletableFuture<Void> exportChart(Path target) {
        return actions.chartAsPng(target);
    }

    /** The Coverage tab's table as CSV, as its "Export table as CSV" writes it; call on the FX thread. */
    public CompletableFuture<Integer> exportCoverageTable(Path target) {
        return actions.coverageCsv(target);
    }

    /** The printable page of the view shown now; call on the FX thread. */
    public VBox printablePage() {
        return actions.printable().page();
    }

    /** The view shown now as it prints, sheet by sheet, on {@code paper}; call on the FX thread. */
    public java.util.List<VBox> printableSheets(k2explorer.ui.print.PaperSize paper) {
        return k2explorer.ui.print.Paginator.pages(printablePage(), paper);
    }

    /** The tabs, for tests and the benchmark probe. */
    public MainTabs tabs() {
        return tabs;
    }
}
