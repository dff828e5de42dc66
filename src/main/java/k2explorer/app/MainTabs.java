package k2explorer.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanels;
import k2explorer.ui.common.Clipboards;
import k2explorer.ui.common.Navigator;
import k2explorer.ui.common.Notifier;
import k2explorer.ui.common.StudyDose;
import k2explorer.ui.compare.CompareView;
import k2explorer.ui.coverage.CoverageChartView;
import k2explorer.ui.coverage.TargetBar;
import k2explorer.ui.foods.FoodDetailView;
import k2explorer.ui.foods.FoodsView;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.learn.LearnView;
import k2explorer.ui.plan.PlanView;
import k2explorer.ui.studies.ClaimsView;
import k2explorer.ui.studies.StudiesView;

/**
 * The window's tabs and the moves between them: links in panels, claims, studies and search results all come
 * here. Every view but Foods is built the first time it is shown, so start-up pays only for what it shows.
 */
public final class MainTabs extends TabPane implements Navigator {
    /** What the coverage chart's export buttons do (they ask where to save). */
    public interface ChartExports {
        void chartAsPng(CoverageChartView view);

        void tableAsCsv();
    }

    private final ViewModels models;
    private final Notifier notifier;
    private final Consumer<String> linkOpener;
    private final PlanView.Commands planCommands;
    private final ChartExports chartExports;
    private final FoodsView foodsView;
    private final SearchHitsBar searchHits = new SearchHitsBar(this);
    private final Tab foodsTab;
    private final Tab chartTab = new Tab(Messages.get("tab.coverage"));
    private final Tab compareTab = new Tab(Messages.get("tab.compare"));
    private final Tab learnTab;
    private final Tab studiesTab;
    private final Tab claimsTab;
    private final Tab planTab;
    private LearnPanels learnPanels;
    private CoverageChartView chartView;
    private LearnView learnView;
    private StudiesView studiesView;
    private ClaimsView claimsView;
    private PlanView planView;
    private static final String WARFARIN_PANEL = "warfarin";

    MainTabs(ViewModels models, Notifier notifier, Consumer<String> linkOpener, PlanView.Commands planCommands,
             ChartExports chartExports) {
        this.models = models;
        this.notifier = notifier;
        this.linkOpener = linkOpener;
        this.planCommands = planCommands;
        this.chartExports = chartExports;
        foodsView = new FoodsView(models.foods(), new TargetBar(models.targets()).parts(), this::compareSelected,
                new FoodDetailView.Commands() {
                    @Override
                    public void openLink(String url) {
                        linkOpener.accept(url);
                    }

                    @Override
                    public void copyToClipboard(String text) {
                        Clipboards.copy(text, notifier);
                    }
                });
        foodsView.setSearchExtras(searchHits);
        foodsView.setWelcome(new WelcomeStrip(foodsView, models.foods(), new WelcomeStrip.Commands() {
            @Override
            public void openWarfarinPanel() {
                openPanel(WARFARIN_PANEL, null);
            }

            @Override
            public void openClaims() {
                getSelectionModel().select(claimsTab);
            }
        }));
        foodsView.sortBy(FoodsViewModel.STARTING_ORDER.column(), FoodsViewModel.STARTING_ORDER.ascending());
        models.foods().queryProperty().addListener((obs, was, now) -> searchHits.show(now, models.studies(),
                models.claims(), learnPanels));
        foodsTab = new Tab(Messages.get("tab.foods"), foodsView);
        foodsTab.setId("foodsTab");
        chartTab.setId("coverageTab");
        whenShown(chartTab, this::chartView);
        compareTab.setId("compareTab");
        whenShown(compareTab, this::compareView);
        learnTab = lazyTab("tab.learn", "learnTab", this::learnView);
        studiesTab = lazyTab("tab.studies", "studiesTab", this::studiesView);
        claimsTab = lazyTab("tab.claims", "claimsTab", this::claimsView);
        planTab = lazyTab("tab.plan", "planTab", this::planView);
        getTabs().addAll(foodsTab, chartTab, compareTab, learnTab, studiesTab, claimsTab, planTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setId("mainTabs");
    }

    FoodsView foodsView() {
        return foodsView;
    }

    /** The learn panels, once start-up has read them. */
    void setLearnPanels(LearnPanels panels) {
        learnPanels = panels;
        // The Learn tab opened while the first start was still loading fills in now.
        if (learnTab.isSelected()) {
            learnView();
        }
    }

    /** Adds the foods selected in the table to the comparison and shows it. */
    void compareSelected() {
        models.compare().add(List.copyOf(models.foods().pickedRows()));
        getSelectionModel().select(compareTab);
    }

    Tab selected() {
        return getSelectionModel().getSelectedItem();
    }

    Tab chartTab() {
        return chartTab;
    }

    Tab compareTab() {
        return compareTab;
    }

    Tab learnTab() {
        return learnTab;
    }

    Tab studiesTab() {
        return studiesTab;
    }

    Tab claimsTab() {
        return claimsTab;
    }

    Tab planTab() {
        return planTab;
    }

    private static void whenShown(Tab tab, Supplier<?> build) {
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                build.get();
            }
        });
    }

    private Tab lazyTab(String titleKey, String id, Supplier<? extends Node> view) {
        Tab tab = new Tab(Messages.get(titleKey));
        tab.setId(id);
        whenShown(tab, view);
        return tab;
    }

    CoverageChartView chartView() {
        if (chartView == null) {
            chartView = new CoverageChartView(models.foods(), models.targets(), chartExports::chartAsPng, chartExports::tableAsCsv,
                    () -> getSelectionModel().select(foodsTab));
            chartView.showingProperty().bind(chartTab.selectedProperty());
            chartTab.setContent(chartView);
        }
        return chartView;
    }

    private Node compareView() {
        if (compareTab.getContent() == null) {
            compareTab.setContent(new CompareView(models.compare(), models.foods()));
        }
        return compareTab.getContent();
    }

    /** The learn view, or null while the panels are still being read (the tab then says so). */
    LearnView learnView() {
        if (learnView == null && learnPanels != null) {
            learnView = new LearnView(learnPanels, this);
            learnTab.setContent(learnView);
        } else if (learnView == null && learnTab.getContent() == null) {
            learnTab.setContent(new javafx.scene.control.Label(Messages.get("learn.loading")));
        }
        return learnView;
    }

    private StudiesView studiesView() {
        if (studiesView == null) {
            studiesView = new StudiesView(models.studies(), this, notifier);
            studiesTab.setContent(studiesView);
        }
        return studiesView;
    }

    private ClaimsView claimsView() {
        if (claimsView == null) {
            claimsView = new ClaimsView(models.claims(), this);
            claimsTab.setContent(claimsView);
        }
        return claimsView;
    }

    private PlanView planView() {
        if (planView == null) {
            planView = new PlanView(models.plan(), models.foods(), planCommands,
                    models.userData().readOnlyProperty());
            planTab.setContent(planView);
        }
        return planView;
    }

    @Override
    public void openFood(String foodId) {
        if (models.foods().selectFood(foodId)) {
            getSelectionModel().select(foodsTab);
        } else {
            notifier.status(Messages.get("status.foodMissing", foodId));
        }
    }

    @Override
    public void openStudy(String studyKey) {
        studiesView();
        if (models.studies().select(studyKey)) {
            getSelectionModel().select(studiesTab);
            studiesView.table().requestFocus();
        }
    }

    @Override
    public void openClaim(String claimId) {
        claimsView();
        if (models.claims().select(claimId)) {
            getSelectionModel().select(claimsTab);
            claimsView.table().requestFocus();
        }
    }

    @Override
    public void openPanel(String panelId, String heading) {
        getSelectionModel().select(learnTab);
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
    public void openPlanWeek() {
        getSelectionModel().select(planTab);
        planView().revealWeek();
    }

    @Override
    public void showFoodsReaching(StudyDose dose) {
        models.targets().useStudyDose(dose.studyLabel(), dose.micrograms(), dose.counted());
        getSelectionModel().select(chartTab);
        notifier.status(Messages.get("status.studyDose", dose.studyLabel()));
    }
}
