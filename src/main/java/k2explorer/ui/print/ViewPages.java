package k2explorer.ui.print;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Catalog;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.learn.LearnPanel;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.studies.Claim;
import k2explorer.studies.Study;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.foods.FoodNames;
import k2explorer.ui.learn.MarkdownView;

/** Printable pages for the views that are not a food list: chart, learn panel, studies, claims, day plan. */
public final class ViewPages {
    private ViewPages() {
    }

    /** A chart as drawn now (an image), under the words that say what it shows. */
    public static VBox chart(String title, String heading, Region chart) {
        VBox page = PrintPages.page(title);
        page.getChildren().add(PrintPages.text(heading));
        WritableImage image = chart.snapshot(null, null);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(FoodSummaryPage.WIDTH - 48, image.getWidth()));
        page.getChildren().addAll(view, PrintPages.note());
        return page;
    }

    public static VBox learnPanel(LearnPanel panel) {
        VBox page = PrintPages.page(panel.title());
        MarkdownView body = new MarkdownView(panel.document(), link -> { });
        body.getStyleClass().add("print-body");
        page.getChildren().addAll(body, PrintPages.note());
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
        for (Study s : shown) {
            page.getChildren().add(PrintPages.header(Messages.get("pages.studies.header", s.label(),
                    EnumLabels.of(s.design()), EnumLabels.of(s.grade()).toLowerCase(Locale.ROOT))));
            page.getChildren().add(PrintPages.small(s.summary()));
        }
        page.getChildren().add(PrintPages.note());
        return page;
    }

    public static VBox claims(List<Claim> claims) {
        VBox page = PrintPages.page(Messages.get("pages.claims.title"));
        for (Claim c : claims) {
            page.getChildren().add(PrintPages.header(c.text() + " — " + EnumLabels.of(c.verdict())));
            page.getChildren().add(PrintPages.small(c.why()));
        }
        page.getChildren().add(PrintPages.note());
        return page;
    }

    public static VBox plan(DayPlan plan, PlanTotals totals, Catalog catalog, String target) {
        VBox page = PrintPages.page(Messages.get("pages.plan.title",
                plan.name().isBlank() ? Messages.get("pages.plan.unnamed") : plan.name())
                + (plan.date() == null ? "" : ", " + k2explorer.i18n.Dates.shown(plan.date())));
        for (DayPlan.Item item : plan.items()) {
            page.getChildren().add(PrintPages.text(FoodNames.withSource(item.foodId(), item.foodName(), catalog)
                    + " — " + Numbers.shown(item.grams(), 0)
                    + " g" + (item.portionLabel() == null ? "" : " (" + Numbers.shown(item.amount(), 2) + " × "
                    + item.portionLabel() + ")")));
        }
        if (totals != null) {
            page.getChildren().add(PrintPages.header(Messages.get("pages.plan.totals")));
            for (var form : PlanTotals.SHOWN) {
                page.getChildren().add(PrintPages.text(EnumLabels.of(form) + ": " + micrograms(totals.of(form))));
            }
            page.getChildren().add(PrintPages.text(Messages.get("plan.otherK2") + ": "
                    + micrograms(totals.otherK2())));
            // A K2 total whose forms its source does not name is part of the counted total: named on the page too.
            if (totals.of(k2explorer.catalog.KForm.K2_TOTAL).amount().isPresent()) {
                page.getChildren().add(PrintPages.text(Messages.get("pages.plan.k2Total") + ": "
                        + micrograms(totals.of(k2explorer.catalog.KForm.K2_TOTAL))));
            }
            page.getChildren().add(PrintPages.text(Messages.get("pages.plan.counted", target,
                    micrograms(totals.counted()))));
        }
        page.getChildren().add(PrintPages.note());
        return page;
    }

    private static String micrograms(PlanTotals.Line line) {
        return line.amount().map(a -> AmountFormat.withUnit(AmountFormat.format(a, line.partial()), "µg"))
                .orElse(k2explorer.ui.common.AmountFormat.NOT_MEASURED);
    }

    /** A label that says there is nothing to print yet. */
    public static VBox empty(String title, String why) {
        VBox page = PrintPages.page(title);
        page.getChildren().add(new Label(why));
        return page;
    }
}
