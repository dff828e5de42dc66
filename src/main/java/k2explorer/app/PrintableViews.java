package k2explorer.app;

import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Catalog;
import k2explorer.coverage.DailyTarget;
import k2explorer.i18n.Messages;
import k2explorer.ui.coverage.CoverageChartView;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.learn.LearnView;
import k2explorer.ui.print.FoodSummaryPage;
import k2explorer.ui.print.ViewPages;

/** The printable document of the view shown (cut into sheets by the print preview), for printing or saving as PNG. */
final class PrintableViews {
    /** With nothing picked, the Foods summary lists the first foods of the table, as many as fit a page. */
    private static final int FOODS_PER_PAGE = 15;

    private final MainTabs tabs;
    private final ViewModels models;

    PrintableViews(MainTabs tabs, ViewModels models) {
        this.tabs = tabs;
        this.models = models;
    }

    /** The printable page for the view shown now; built on the FX thread. */
    VBox page() {
        Tab tab = tabs.selected();
        Catalog catalog = models.foods().catalogProperty().get();
        DailyTarget target = models.targets().targetProperty().get();
        if (tab == tabs.chartTab()) {
            CoverageChartView view = tabs.chartView();
            view.refresh();
            return ViewPages.chart(Messages.get("print.chart.title"), view.target(), view.chart(), view.bars(),
                    view.listedBelow(), catalog);
        }
        if (tab == tabs.compareTab()) {
            return models.compare().compared().isEmpty()
                    ? ViewPages.empty(Messages.get("print.compare.emptyTitle"), Messages.get("print.compare.emptyText"))
                    : FoodSummaryPage.of(Messages.get("print.compare.title"), List.copyOf(models.compare().compared()),
                    target, catalog, models.foods().portions());
        }
        if (tab == tabs.learnTab()) {
            LearnView view = tabs.learnView();
            return view == null || view.current() == null
                    ? ViewPages.empty(Messages.get("tab.learn"), Messages.get("print.learn.empty"))
                    : ViewPages.learnPanel(view.current(), models.studies().catalog(), catalog);
        }
        if (tab == tabs.studiesTab()) {
            return ViewPages.studies(models.studies().selectedProperty().get(),
                    List.copyOf(models.studies().visible()));
        }
        if (tab == tabs.claimsTab()) {
            return ViewPages.claims(models.claims().selectedProperty().get(), List.copyOf(models.claims().visible()),
                    models.claims()::evidence, models.claims()::foodsBehind, catalog);
        }
        if (tab == tabs.planTab()) {
            return ViewPages.plan(models.plan().toPlan(), models.plan().totalsProperty().get(), catalog,
                    models.plan().targetProperty().get());
        }
        List<FoodRow> chosen = List.copyOf(models.foods().pickedRows());
        if (chosen.isEmpty()) {
            chosen = models.foods().visibleRows().stream().limit(FOODS_PER_PAGE).toList();
        }
        return FoodSummaryPage.of(Messages.get("print.foods.title"), chosen, target, catalog,
                models.foods().portions());
    }
}
