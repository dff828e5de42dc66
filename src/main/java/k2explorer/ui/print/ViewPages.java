package k2explorer.ui.print;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Scale;
import k2explorer.coverage.CoverageFigures;
import k2explorer.ui.coverage.ChartBar;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.ArrayList;
import javafx.scene.layout.GridPane;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.KForm;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.catalog.FoodNames;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.catalog.KValue;
import k2explorer.learn.LearnPanel;
import k2explorer.learn.PanelLink;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import java.util.function.Function;
import k2explorer.catalog.Food;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimEvidence;
import k2explorer.studies.ClaimRole;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.learn.MarkdownView;

/** Printable pages for the views that are not a food list: chart, learn panel, studies, claims, day plan. */
public final class ViewPages {
    private ViewPages() {
    }

    /** How much sharper than on screen a chart is drawn into a printed page (the page is saved at about 2.3×). */
    private static final double CHART_SCALE = 3;

    /**
     * The coverage chart as drawn now (a picture drawn for print), under the words that say what it shows and over
     * its table: each bar's food with the numbers of its sources, the counted µg per 100 g, the grams and servings
     * that reach the target and the share of it a serving gives — the figures the bars are drawn from.
     */
    public static VBox chart(String title, DailyTarget target, Region chart, List<ChartBar> bars, String listedBelow,
                             Catalog catalog) {
        VBox page = PrintPages.page(title);
        if (target == null || bars.isEmpty()) {
            page.getChildren().addAll(PrintPages.text(target == null
                    ? Messages.get("coverage.choose.a.daily.target.above") : listedBelow), PrintPages.note());
            return page;
        }
        page.getChildren().add(PrintPages.text(Messages.get("print.chart.heading", target.label(),
                EnumLabels.of(target.counted()))));
        SnapshotParameters sharp = new SnapshotParameters();
        sharp.setTransform(new Scale(CHART_SCALE, CHART_SCALE));
        WritableImage image = chart.snapshot(sharp, null);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(Math.min(PrintPages.PAGE_WIDTH - 72, image.getWidth() / CHART_SCALE));
        page.getChildren().add(view);
        GridPane grid = PrintPages.table("printChartTable");
        List<String> heads = List.of(Messages.get("coverage.food"), Messages.get("coverage.main.form"),
                Messages.get("print.chart.per100g"), Messages.get("print.chart.grams"), Messages.get("column.SERVING"),
                Messages.get("print.chart.servings"), Messages.get("print.chart.percent"));
        for (int c = 0; c < heads.size(); c++) {
            grid.add(PrintPages.columnHeader(heads.get(c)), c, 0);
        }
        References refs = new References(catalog);
        List<String> doubts = new ArrayList<>();
        int r = 1;
        for (ChartBar b : bars) {
            CoverageFigures f = b.figures();
            boolean partial = f.partial();
            String name = b.doubtful() ? Messages.get("coverage.bar.doubtful", b.label()) : b.label();
            Label food = PrintPages.cell(name + " " + References.marks(refs.values(f.food(),
                    f.counted().includedForms())));
            food.setMaxWidth(NAME_WIDTH);
            grid.add(food, 0, r);
            grid.add(PrintPages.cell(b.mainForm().label()), 1, r);
            grid.add(PrintPages.number(AmountFormat.format(f.counted().amount(), partial)), 2, r);
            grid.add(PrintPages.number(AmountFormat.withUnit(AmountFormat.format(f.grams(), partial), "g")), 3, r);
            Label serving = PrintPages.cell(AmountFormat.wrappable(b.servingLabel()));
            serving.setMaxWidth(SERVING_WIDTH);
            grid.add(serving, 4, r);
            grid.add(PrintPages.number(f.servings() == null ? AmountFormat.notApplicable()
                    : AmountFormat.format(f.servings(), partial)), 5, r);
            grid.add(PrintPages.number(f.percent() == null ? AmountFormat.notApplicable()
                    : AmountFormat.withUnit(AmountFormat.format(f.percent(), partial), "%")), 6, r);
            b.doubts().stream().sorted().forEach(d -> doubts.add(b.label() + ": " + Messages.get("cell.doubt",
                    EnumLabels.of(d))));
            r++;
        }
        page.getChildren().add(grid);
        doubts.forEach(d -> page.getChildren().add(PrintPages.small(d)));
        if (!listedBelow.isBlank()) {
            page.getChildren().add(PrintPages.small(listedBelow));
        }
        refs.addTo(page);
        page.getChildren().add(PrintPages.note());
        return page;
    }

    private static final double SERVING_WIDTH = 130;

    /**
     * A learn panel, its papers and foods listed with their full citations under it (on paper its links cannot be
     * followed, so what they name is spelled out).
     */
    public static VBox learnPanel(LearnPanel panel, StudyCatalog studies, Catalog catalog) {
        VBox page = PrintPages.page(panel.title());
        MarkdownView body = new MarkdownView(panel.document(), link -> { });
        body.getStyleClass().add("print-body");
        // The panel's own title is the page's title already.
        body.getChildren().removeIf(n -> n.getStyleClass().contains("md-title"));
        page.getChildren().add(body);
        References refs = new References(catalog);
        for (PanelLink link : panel.links()) {
            switch (link.kind()) {
                case STUDY -> studies.study(link.target()).ifPresent(s -> refs.named("study:" + s.key(),
                        s.label() + ": " + s.citation()));
                case FOOD -> catalog.food(link.target()).ifPresent(f -> f.values().stream()
                        .filter(v -> !v.isUnpublished()).map(KValue::sourceId).distinct()
                        .forEach(id -> refs.named("source:" + id, catalog.source(id)
                                .map(src -> src.shortLabel() + ": " + src.citation()).orElse(id))));
                case WEB -> refs.named("web:" + link.target(), link.target());
                default -> { }
            }
        }
        refs.addTo(page);
        page.getChildren().add(PrintPages.note());
        return page;
    }

    /** The chosen study in full, or, with none chosen, the list of studies shown. */
    public static VBox studies(Study chosen, List<Study> shown) {
        if (chosen != null) {
            VBox page = PrintPages.page(chosen.label() + " — " + EnumLabels.of(chosen.design()));
            page.getChildren().addAll(PrintPages.text(chosen.summary()),
                    PrintPages.header(Messages.get("studies.field.population")), PrintPages.text(chosen.population()
                            + chosen.n().map(n -> " (n = " + n + ")").orElse("")),
                    PrintPages.header(Messages.get("studies.field.dose")),
                            PrintPages.text(EnumLabels.of(chosen.form()) + ". " + chosen.doseText()),
                    PrintPages.header(Messages.get("studies.field.result")), PrintPages.text(chosen.mainResult()),
                    PrintPages.header(Messages.get("studies.field.limitations")), PrintPages.text(chosen.limitations()),
                    PrintPages.header(Messages.get("studies.column.grade")),
                            PrintPages.text(EnumLabels.of(chosen.grade()) + " — "
                            + chosen.gradeReason()),
                    PrintPages.small(chosen.citation() + (chosen.verified() ? Messages.get("pages.read",
                            chosen.readWhere())
                            : Messages.get("pages.notRead"))), PrintPages.note());
            return page;
        }
        VBox page = PrintPages.page(Messages.get("pages.studies.title"));
        References refs = new References(null);
        for (Study s : shown) {
            page.getChildren().add(new VBox(2, PrintPages.header(Messages.get("pages.studies.header", s.label(),
                    EnumLabels.of(s.design()), EnumLabels.of(s.grade()).toLowerCase(Locale.ROOT))),
                    PrintPages.small(s.summary() + " " + References.marks(List.of(refs.study(s))))));
        }
        refs.addTo(page);
        page.getChildren().add(PrintPages.note());
        return page;
    }

    /**
     * The claim chosen in the Claims view with its verdict, reason, takeaway and everything it rests on (studies by
     * role, food values, other sources), each numbered to the reference list; with none chosen, the claims listed
     * now (as filtered), each with its verdict, reason and the numbers of its evidence.
     */
    public static VBox claims(Claim chosen, List<Claim> shown, Function<Claim, ClaimEvidence> evidence,
                              Function<Claim, List<Food>> foods, Catalog catalog) {
        References refs = new References(catalog);
        if (chosen != null) {
            VBox page = PrintPages.page(Messages.get("pages.claim.title"));
            page.getChildren().addAll(PrintPages.header(chosen.text()), PrintPages.text(Messages.get(
                    "pages.claim.verdict", EnumLabels.of(chosen.verdict()))
                    + (chosen.safety() ? " · " + Messages.get("claims.safety.badge") : "")),
                    PrintPages.text(chosen.why()));
            if (!chosen.takeaway().isBlank()) {
                page.getChildren().addAll(PrintPages.header(Messages.get("claims.takeaway")),
                        PrintPages.text(chosen.takeaway()));
            }
            ClaimEvidence e = evidence.apply(chosen);
            for (ClaimRole role : ClaimRole.values()) {
                List<Study> studies = e.of(role);
                if (studies.isEmpty()) {
                    continue;
                }
                page.getChildren().add(PrintPages.header(EnumLabels.of(role)));
                for (Study s : studies) {
                    page.getChildren().add(PrintPages.text(Messages.get("pages.claim.study", s.label(),
                            EnumLabels.of(s.design()), EnumLabels.of(s.grade()).toLowerCase(Locale.ROOT), refs.study(s))));
                }
            }
            List<Food> behind = foods.apply(chosen);
            if (!behind.isEmpty()) {
                page.getChildren().add(PrintPages.header(Messages.get("claims.foods")));
                for (Food f : behind) {
                    page.getChildren().add(PrintPages.text(FoodNames.withSource(f.id(), f.name(), catalog) + " "
                            + References.marks(refs.values(f, java.util.EnumSet.allOf(KForm.class)))));
                }
            }
            if (!chosen.sourceKeys().isEmpty()) {
                page.getChildren().add(PrintPages.header(Messages.get("pages.claim.otherSources")));
                page.getChildren().add(PrintPages.text(References.marks(chosen.sourceKeys().stream()
                        .map(refs::source).toList())));
            }
            refs.addTo(page);
            page.getChildren().add(PrintPages.note());
            return page;
        }
        VBox page = PrintPages.page(Messages.get("pages.claims.title"));
        page.getChildren().add(PrintPages.text(Messages.get(shown.size() == 1 ? "pages.claims.intro.one"
                : "pages.claims.intro", shown.size())));
        for (Claim c : shown) {
            java.util.Set<String> cited = new java.util.LinkedHashSet<>();
            ClaimEvidence e = evidence.apply(c);
            for (ClaimRole role : ClaimRole.values()) {
                e.of(role).forEach(s -> cited.add(String.valueOf(refs.study(s))));
            }
            c.sourceKeys().forEach(k -> cited.add(String.valueOf(refs.source(k))));
            foods.apply(c).forEach(f -> cited.addAll(refs.values(f, java.util.EnumSet.allOf(KForm.class))));
            VBox item = new VBox(2, PrintPages.header(c.text() + " — " + EnumLabels.of(c.verdict())),
                    PrintPages.small(c.why() + (cited.isEmpty() ? "" : " " + References.marks(cited))));
            page.getChildren().add(item);
        }
        refs.addTo(page);
        page.getChildren().add(PrintPages.note());
        return page;
    }

    /**
     * A day plan that stands alone: each food with its source, the amount eaten, its µg per 100 g of the counted forms
     * and the µg it adds of each form, the totals under the parts they add up, which forms count, and the sources.
     */
    public static VBox plan(DayPlan plan, PlanTotals totals, Catalog catalog, DailyTarget target) {
        VBox page = PrintPages.page(Messages.get("pages.plan.title",
                plan.name().isBlank() ? Messages.get("pages.plan.unnamed") : plan.name())
                + (plan.date() == null ? "" : ", " + k2explorer.i18n.Dates.shown(plan.date())));
        CountedForms counted = target == null ? CountedForms.TOTAL_K : target.counted();
        page.getChildren().add(PrintPages.text(Messages.get("pages.plan.intro",
                target == null ? Messages.get("print.plan.noTarget") : target.label(), EnumLabels.of(counted))));
        if (totals == null || plan.items().isEmpty()) {
            page.getChildren().addAll(PrintPages.text(Messages.get("plan.placeholder")), PrintPages.note());
            return page;
        }
        List<KForm> forms = new ArrayList<>(PlanTotals.SHOWN);
        forms.add(KForm.K2_TOTAL);
        forms.removeIf(f -> f != KForm.K1 && f != KForm.MK4 && f != KForm.MK7
                && totals.items().stream().noneMatch(p -> p.of(f).isPresent()));
        GridPane grid = PrintPages.table("printPlanTable");
        List<String> heads = new ArrayList<>(List.of(Messages.get("plan.column.food"),
                Messages.get("plan.column.amount"), Messages.get("pages.plan.per100g")));
        forms.forEach(f -> heads.add(f == KForm.K2_TOTAL ? Messages.get("pages.plan.k2TotalColumn") : EnumLabels.of(f)));
        heads.add(Messages.get("pages.plan.otherColumn"));
        heads.add(Messages.get("pages.plan.countedColumn"));
        for (int c = 0; c < heads.size(); c++) {
            grid.add(PrintPages.columnHeader(heads.get(c)), c, 0);
        }
        References refs = new References(catalog);
        int r = 1;
        for (PlanTotals.ItemPart part : totals.items()) {
            DayPlan.Item item = part.item();
            List<javafx.scene.control.Label> cells = new ArrayList<>();
            javafx.scene.control.Label name = PrintPages.cell(part.food() == null
                    ? Messages.get("pages.plan.missing", item.foodName())
                    : FoodNames.withSource(item.foodId(), item.foodName(), catalog) + " "
                    + References.marks(refs.values(part.food(), java.util.EnumSet.allOf(KForm.class))));
            name.setMaxWidth(NAME_WIDTH);
            cells.add(name);
            cells.add(PrintPages.number(AmountFormat.withUnit(Numbers.shown(item.grams(), 0), "g")
                    + (item.portionLabel() == null ? "" : " (" + Numbers.shown(item.amount(), 2) + " × "
                    + item.portionLabel() + ")")));
            cells.add(PrintPages.number(part.countedPer100g()
                    .map(t -> AmountFormat.format(t.amount(), t.partial())).orElse(AmountFormat.NOT_MEASURED)));
            forms.forEach(f -> cells.add(PrintPages.number(AmountFormat.text(part.of(f)))));
            cells.add(PrintPages.number(AmountFormat.text(part.otherK2())));
            cells.add(PrintPages.number(part.counted().map(a -> AmountFormat.format(a, part.countedPartial()))
                    .orElse(AmountFormat.NOT_MEASURED)));
            for (int c = 0; c < cells.size(); c++) {
                grid.add(cells.get(c), c, r);
            }
            r++;
        }
        // The totals row adds up the rows above it: the same sums the plan view shows.
        List<javafx.scene.control.Label> sums = new ArrayList<>();
        sums.add(PrintPages.header(Messages.get("pages.plan.totals")));
        sums.add(PrintPages.cell(""));
        sums.add(PrintPages.cell(""));
        forms.forEach(f -> sums.add(PrintPages.number(micrograms(totals.of(f)))));
        sums.add(PrintPages.number(micrograms(totals.otherK2())));
        sums.add(PrintPages.number(micrograms(totals.counted())));
        for (int c = 0; c < sums.size(); c++) {
            sums.get(c).getStyleClass().add(PrintPages.HEADER);
            grid.add(sums.get(c), c, r);
        }
        page.getChildren().add(grid);
        page.getChildren().add(PrintPages.text(Messages.get("pages.plan.counted",
                target == null ? Messages.get("print.plan.noTarget") : target.label(),
                totals.counted().amount().isEmpty() ? AmountFormat.NOT_MEASURED
                        : AmountFormat.withUnit(micrograms(totals.counted()), "µg"))));
        if (totals.counted().partial()) {
            page.getChildren().add(PrintPages.small(Messages.get("pages.plan.partial",
                    String.join("; ", totals.counted().notMeasuredIn()))));
        }
        refs.addTo(page);
        page.getChildren().add(PrintPages.note());
        return page;
    }

    private static final double NAME_WIDTH = 150;

    /** µg with "≥" when some food added nothing for the line, "—" when nothing was measured. */
    private static String micrograms(PlanTotals.Line line) {
        return line.amount().map(a -> AmountFormat.format(a, line.partial())).orElse(AmountFormat.NOT_MEASURED);
    }

    /** A label that says there is nothing to print yet. */
    public static VBox empty(String title, String why) {
        VBox page = PrintPages.page(title);
        page.getChildren().add(new Label(why));
        return page;
    }
}
