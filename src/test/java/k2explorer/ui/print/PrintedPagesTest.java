package k2explorer.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Attribution;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.export.PngFile;
import k2explorer.i18n.Messages;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanTotals;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimEvidence;
import k2explorer.ui.common.AmountFormat;
import k2explorer.app.PngSnapshot;
import k2explorer.ui.coverage.ChartBar;
import k2explorer.ui.coverage.CoverageChartModel;
import k2explorer.ui.foods.FoodRow;
import k2explorer.ui.foods.PortionChoices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Printouts a dietitian hands on: cut into A4 or Letter sheets with every row whole and the table's header on each,
 * drawn at print resolution, and standing alone — every printed number with the number of its source, totals made of
 * the parts the page shows, the claim chosen rather than all of them, and nothing that asks a reader to hover.
 */
@ExtendWith(ApplicationExtension.class)
class PrintedPagesTest {
    private static final Source COMPILER = new Source("C", SourceKind.PUBLICATION, "Compiled 2021",
            "Compiler A. (2021). A compiled table.", null, null, null, "table", false, "");
    private static final Source PAPER = new Source("P", SourceKind.PUBLICATION, "Paper 2007",
            "Paper B. (2007). Vitamin K in natto.", null, null, null, "abstract", false, "");
    private static final Source DB = new Source("D", SourceKind.FOOD_COMPOSITION_DATABASE, "DB 2016",
            "A food composition database, release 1 (2016).", null, null, null, "table", false, "");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    private static KValue value(KForm form, double amount, String source) {
        return KValue.measured(form, amount, ValueKind.MEAN, source, EvidenceLevel.NUTRIENT_DATABASE, "", "");
    }

    /** A value the compilation C credits to the paper P. */
    private static KValue compiled(KForm form, double amount) {
        return new KValue(form, ValueState.MEASURED, amount, ValueKind.MEAN, "C", EvidenceLevel.PRIMARY_ABSTRACT,
                ValueStats.NONE, List.of("P"), Attribution.SINGLE, "", "");
    }

    private static Food food(String id, String name, String source, List<KValue> values) {
        return new Food(id, name, "G", FoodOrigin.LITERATURE, source, values,
                List.of(new Portion(1, 1, "portion", 50, source)), Map.of(), List.of(), null, null, "");
    }

    private static Catalog catalog(List<Food> foods) {
        return new Catalog(foods, List.of(COMPILER, PAPER, DB), new DataVersion("test", "abc"));
    }

    private static List<VBox> sheets(FxRobot robot, java.util.function.Supplier<VBox> document, PaperSize paper) {
        AtomicReference<List<VBox>> out = new AtomicReference<>();
        robot.interact(() -> {
            List<VBox> pages = Paginator.pages(document.get(), paper);
            pages.forEach(p -> Paginator.measure(p, PrintPages.PAGE_WIDTH, paper.pageHeight()));
            out.set(pages);
        });
        return out.get();
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    /** The text of a table's cell on a sheet, by row and column. */
    private static String cell(GridPane grid, int row, int column) {
        return grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == row
                && GridPane.getColumnIndex(n) == column).map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    /** Every sheet has the sheet's size, and what it holds ends above its page number (nothing cut at the foot). */
    private static void assertWholeSheets(List<VBox> pages, PaperSize paper) {
        for (int i = 0; i < pages.size(); i++) {
            VBox page = pages.get(i);
            assertEquals(PrintPages.PAGE_WIDTH, page.getWidth(), 0.5);
            assertEquals(paper.pageHeight(), page.getHeight(), 0.5);
            VBox body = (VBox) page.getChildren().get(1);
            for (Node block : body.getChildren()) {
                assertTrue(block.getBoundsInParent().getMaxY() <= body.getHeight() + 0.5,
                        "sheet " + (i + 1) + ": a block ends at " + block.getBoundsInParent().getMaxY()
                                + ", below the sheet's room of " + body.getHeight());
            }
            assertEquals("Page " + (i + 1) + " of " + pages.size(),
                    ((Label) page.lookup("#printPageNumber")).getText());
        }
    }

    @Test
    void aLongTableIsCutBetweenRowsOntoSheetsWithItsHeaderOnEach(FxRobot robot) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            List<Food> foods = new ArrayList<>();
            for (int i = 1; i <= 45; i++) {
                foods.add(food("f" + i, "Food number " + i + " with a name that may wrap", "D",
                        List.of(value(KForm.K1, 10 + i, "D"), value(KForm.MK7, 100 + i, "D"))));
            }
            Catalog catalog = catalog(foods);
            List<FoodRow> rows = foods.stream().map(f -> new FoodRow(f, "DB 2016")).toList();
            for (PaperSize paper : PaperSize.values()) {
                List<VBox> pages = sheets(robot, () -> FoodSummaryPage.of("Foods", rows, null, catalog,
                        new PortionChoices()), paper);
                assertTrue(pages.size() > 1, paper + ": 45 foods do not fit one sheet");
                assertWholeSheets(pages, paper);
                List<String> names = new ArrayList<>();
                for (VBox page : pages) {
                    GridPane grid = (GridPane) page.lookup("#printSummaryTable");
                    assertNotNull(grid, "every sheet carries part of the table");
                    assertEquals("Food", cell(grid, 0, 0), "the header row is repeated on every sheet");
                    assertEquals("MK-7", cell(grid, 0, 4));
                    for (int r = 1; r < grid.getRowCount(); r++) {
                        names.add(cell(grid, r, 0));
                    }
                }
                assertEquals(foods.stream().map(f -> f.name() + " (DB 2016) [1]").toList(), names,
                        paper + ": every row once, in order, with its source's number");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aLongListOfSourcesGoesOnToTheNextSheetAndItsHeadingNeverStaysBehindAlone(FxRobot robot) {
        List<Food> foods = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            sources.add(new Source("S" + i, SourceKind.PUBLICATION, "Paper " + i, "Author " + i + " et al. (2020)."
                    + " A study of vitamin K in food number " + i + " with a title long enough to take two lines on"
                    + " the printed sheet. J Food Compos Anal " + i + ":1-10.", null, null, null, "abstract", false,
                    ""));
            foods.add(food("f" + i, "Food " + i, "S" + i, List.of(value(KForm.K1, i, "S" + i))));
        }
        Catalog catalog = new Catalog(foods, sources, new DataVersion("test", "abc"));
        List<FoodRow> rows = foods.stream().map(f -> new FoodRow(f, "Paper")).toList();
        List<VBox> pages = sheets(robot, () -> FoodSummaryPage.of("Foods", rows, null, catalog,
                new PortionChoices()), PaperSize.A4);
        assertWholeSheets(pages, PaperSize.A4);
        List<String> refs = new ArrayList<>();
        for (VBox page : pages) {
            VBox body = (VBox) page.getChildren().get(1);
            Node last = body.getChildren().get(body.getChildren().size() - 1);
            assertFalse(last instanceof Label l && "Sources".equals(l.getText()),
                    "the heading goes with its first lines");
            Node list = page.lookup("#printReferences");
            if (list != null) {
                refs.addAll(texts(list));
            }
        }
        assertEquals(60, refs.size(), "every source once: " + refs);
        for (int i = 0; i < 60; i++) {
            assertTrue(refs.get(i).startsWith("[" + (i + 1) + "] Author " + (i + 1) + " "), refs.get(i));
        }
    }

    /**
     * The "not medical advice" note closes the content it belongs to: whatever the length of what comes before it
     * (a table cut between rows, a list of lines, paragraphs, under a heading), on A4 and Letter, it is on the last
     * sheet with content above it, never on a sheet of its own, and every line is printed once, in order.
     */
    /**
     * A list whose first line is taller than a whole sheet, under a heading: the line goes on a sheet of its own (there
     * is no roomier one to wait for) and the rest follows, instead of new sheets being opened for it without end.
     */
    @Test
    void aListLineTallerThanASheetIsPlacedNotWaitedFor(FxRobot robot) {
        for (PaperSize paper : PaperSize.values()) {
            List<VBox> pages = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(60), () -> sheets(robot, () -> {
                        VBox page = PrintPages.page("Foods");
                        page.getChildren().add(PrintPages.header("Heading"));
                        VBox list = new VBox(2);
                        list.getStyleClass().add(PrintPages.FLOW);
                        Label tall = PrintPages.small("Tall line");
                        tall.setMinHeight(paper.pageHeight() * 2);
                        list.getChildren().addAll(tall, PrintPages.small("Short line"));
                        page.getChildren().addAll(list, PrintPages.note());
                        return page;
                    }, paper), paper.name());
            List<String> all = new ArrayList<>();
            pages.forEach(p -> all.addAll(texts(p)));
            for (String line : List.of("Heading", "Tall line", "Short line")) {
                assertEquals(1, all.stream().filter(line::equals).count(), paper + ": " + line + " printed once");
            }
            assertTrue(pages.size() <= 3, paper + ": " + pages.size() + " sheets");
        }
    }

    @Test
    void theNoteNeverStandsAloneOnTheLastSheet(FxRobot robot) {
        List<String> alone = new ArrayList<>();
        for (PaperSize paper : PaperSize.values()) {
            for (String kind : List.of("table", "list", "paragraphs")) {
                // The fewest lines that take two sheets (a binary search), then line by line across that edge,
                // where the content fits a sheet and the note would not fit after it.
                int low = 1;
                int high = 128;
                assertTrue(check(robot, paper, kind, high) >= 2, "128 lines take more than one sheet");
                while (low < high) {
                    int mid = (low + high) / 2;
                    if (Math.abs(check(robot, paper, kind, mid)) >= 2) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                for (int n = Math.max(1, low - 2); n <= low + 5; n++) {
                    if (check(robot, paper, kind, n) < 0) {
                        alone.add(paper + " " + kind + " of " + n + " lines");
                    }
                }
            }
        }
        assertEquals(List.of(), alone, "the note alone on the last sheet");
    }

    /**
     * Paginates a document of {@code n} lines: the note on the last sheet only, every line once, in order; the
     * number of sheets, negated when the note is alone on its sheet.
     */
    private static int check(FxRobot robot, PaperSize paper, String kind, int n) {
        String note = Messages.get("summary.note");
        List<VBox> pages = sheets(robot, () -> document(kind, n), paper);
        assertWholeSheets(pages, paper);
        List<String> printed = new ArrayList<>();
        boolean alone = false;
        for (int i = 0; i < pages.size(); i++) {
            List<String> texts = texts(pages.get(i).getChildren().get(1));
            assertEquals(i == pages.size() - 1, texts.contains(note),
                    paper + " " + kind + " " + n + ": the note is on the last sheet only");
            alone |= texts.equals(List.of(note));
            texts.stream().filter(t -> t.startsWith("Line ")).forEach(printed::add);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            expected.add("Line " + i);
        }
        assertEquals(expected, printed, paper + " " + kind + " " + n + ": every line once, in order");
        return alone ? -pages.size() : pages.size();
    }

    /** A printable page: a heading, then {@code n} lines as a table's rows, a list's lines or paragraphs; the note. */
    private static VBox document(String kind, int n) {
        VBox page = PrintPages.page("Foods");
        page.getChildren().add(PrintPages.header("Heading"));
        switch (kind) {
            case "table" -> {
                GridPane grid = PrintPages.table("printTestTable");
                grid.addRow(0, PrintPages.columnHeader("Food"), PrintPages.columnHeader("K1"));
                for (int i = 1; i <= n; i++) {
                    grid.addRow(i, PrintPages.cell("Line " + i), PrintPages.number(String.valueOf(i)));
                }
                page.getChildren().add(grid);
            }
            case "list" -> {
                VBox list = new VBox(2);
                list.getStyleClass().add(PrintPages.FLOW);
                for (int i = 1; i <= n; i++) {
                    list.getChildren().add(PrintPages.small("Line " + i));
                }
                page.getChildren().add(list);
            }
            default -> {
                for (int i = 1; i <= n; i++) {
                    page.getChildren().add(PrintPages.text("Line " + i));
                }
            }
        }
        page.getChildren().add(PrintPages.note());
        return page;
    }

    @Test
    void aSavedSheetIsDrawnAt200DotsPerInchInTheSheetsProportions(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Food natto = food("n", "Natto", "D", List.of(value(KForm.MK7, 939, "D")));
        Catalog catalog = catalog(List.of(natto));
        for (PaperSize paper : PaperSize.values()) {
            List<VBox> pages = sheets(robot, () -> FoodSummaryPage.of("Foods", List.of(new FoodRow(natto, "DB")),
                    null, catalog, new PortionChoices()), paper);
            AtomicReference<PngSnapshot> png = new AtomicReference<>();
            robot.interact(() -> png.set(PngSnapshot.of(pages.get(0), paper.pngScale())));
            // A4: 8.27 × 11.69 inches; Letter: 8.5 × 11 inches.
            assertEquals(paper == PaperSize.A4 ? 1654 : 1700, png.get().width(), 1, paper.name());
            assertEquals(paper == PaperSize.A4 ? 2339 : 2200, png.get().height(), 3, paper.name());
            look(png.get(), "sheet-" + paper.name(), dir);
        }
    }

    @Test
    void everyFoodRowNamesItsSourcesAndThePaperBehindACompiledValue(FxRobot robot) {
        Food natto = food("n", "Natto", "C", List.of(compiled(KForm.MK7, 939), compiled(KForm.K1, 23)));
        Food kale = food("k", "Kale", "D", List.of(value(KForm.K1, 705, "D")));
        Catalog catalog = catalog(List.of(natto, kale));
        List<VBox> pages = sheets(robot, () -> FoodSummaryPage.of("Compared foods", List.of(new FoodRow(natto,
                "Compiled 2021"), new FoodRow(kale, "DB 2016")), null, catalog, new PortionChoices()), PaperSize.A4);
        GridPane grid = (GridPane) pages.get(0).lookup("#printSummaryTable");
        assertEquals("Natto (Compiled 2021) [2 in 1]", cell(grid, 1, 0), "the paper, as read in the compilation");
        assertEquals("Kale (DB 2016) [3]", cell(grid, 2, 0));
        List<String> refs = texts(pages.get(0).lookup("#printReferences"));
        assertEquals(List.of("[1] " + COMPILER.citation(), "[2] " + PAPER.citation(), "[3] " + DB.citation()), refs);
    }

    @Test
    void aDayPlanNamesEachFoodsSourceAndAmountPer100gAndAddsUpOnlyWhatItShows(FxRobot robot, @TempDir Path dir) {
        Food spinach = food("s", "Spinach, raw", "D", List.of(value(KForm.K1, 483, "D")));
        Food natto = food("n", "Natto", "C", List.of(compiled(KForm.K1, 23.1), compiled(KForm.MK7, 939)));
        Catalog catalog = catalog(List.of(spinach, natto));
        DayPlan plan = new DayPlan(1L, "Monday", null, List.of(
                new DayPlan.Item("s", "Spinach, raw", 50, PlanUnit.GRAMS, null, null),
                new DayPlan.Item("n", "Natto", 40, PlanUnit.GRAMS, null, null)));
        DailyTarget target = new DailyTarget("Adequate intake", 120, CountedForms.TOTAL_K);
        PlanTotals totals = PlanTotals.of(plan, catalog, CountedForms.TOTAL_K);
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.FRANCE)) {
                Locale.setDefault(locale);
                List<VBox> pages = sheets(robot, () -> ViewPages.plan(plan, totals, catalog, target), PaperSize.A4);
                assertWholeSheets(pages, PaperSize.A4);
                VBox page = pages.get(0);
                String all = String.join("\n", texts(page));
                assertTrue(all.contains(k2explorer.ui.common.EnumLabels.of(CountedForms.TOTAL_K)), locale + ": the page says which forms count");
                GridPane grid = (GridPane) page.lookup("#printPlanTable");
                assertEquals("Spinach, raw (DB 2016) [1]", cell(grid, 1, 0), locale + ": the food's source");
                assertEquals("Natto (Compiled 2021) [3 in 2]", cell(grid, 2, 0), locale.toString());
                // µg per 100 g of the counted forms, and what the amount eaten adds, in the reader's number format;
                // at least that much, as neither food has every form total K counts measured.
                assertEquals(AmountFormat.wrappable(AmountFormat.format(Amount.measured(483), true)), cell(grid, 1, 2));
                assertEquals(AmountFormat.wrappable(AmountFormat.format(Amount.measured(962.1), true)), cell(grid, 2, 2));
                int countedColumn = grid.getColumnCount() - 1;
                assertEquals(AmountFormat.wrappable(AmountFormat.format(Amount.measured(241.5), true)),
                        cell(grid, 1, countedColumn));
                assertEquals(AmountFormat.wrappable(AmountFormat.format(Amount.measured(384.84), true)),
                        cell(grid, 2, countedColumn));
                // The totals row is the sum of the rows above it.
                assertEquals(AmountFormat.wrappable(AmountFormat.format(Amount.measured(241.5 + 384.84), true)),
                        cell(grid, 3, countedColumn));
                assertEquals(AmountFormat.wrappable(AmountFormat.format(Amount.measured(241.5 + 9.24))),
                        cell(grid, 3, 3), locale + ": K1 adds spinach's 241.5 and natto's 9.24");
                assertEquals(List.of("[1] " + DB.citation(), "[2] " + COMPILER.citation(), "[3] "
                        + PAPER.citation()), texts(page.lookup("#printReferences")));
                look(robot, page, "plan-" + locale, dir);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    /**
     * The lines a label shows, as laid out: its text split where the shown text moves down (found from the caret's
     * place at each character).
     */
    private static List<String> shownLines(Label label) {
        javafx.scene.text.Text shown = (javafx.scene.text.Text) label.lookup(".text");
        String text = shown.getText();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double y = Double.NaN;
        for (int i = 0; i < text.length(); i++) {
            javafx.scene.shape.PathElement[] caret = shown.caretShape(i, true);
            double top = caret.length > 0 && caret[0] instanceof javafx.scene.shape.MoveTo m ? m.getY() : y;
            if (!Double.isNaN(y) && top > y + 0.5) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            y = top;
            line.append(text.charAt(i));
        }
        lines.add(line.toString().strip());
        return lines;
    }

    /**
     * A printed table's header keeps a number and its unit together at whatever width its column gets: "100 g"
     * never leaves "g" on the next line (the plan's and the chart's "Counted, µg per 100 g").
     */
    @Test
    void aPrintedColumnHeaderNeverSplitsANumberFromItsUnit(FxRobot robot) {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.FRANCE)) {
                Locale.setDefault(locale);
                for (String text : List.of(Messages.get("pages.plan.per100g"), Messages.get("print.chart.per100g"))) {
                    robot.interact(() -> {
                        Label head = PrintPages.columnHeader(text);
                        VBox page = new VBox(head);
                        page.getStyleClass().add("print-page");
                        new javafx.scene.Scene(page);
                        page.applyCss();
                        double min = head.minWidth(-1);
                        double pref = head.prefWidth(-1);
                        for (double width = Math.ceil(min); width <= pref; width++) {
                            head.resize(width, head.prefHeight(width));
                            head.layout();
                            List<String> lines = shownLines(head);
                            for (int i = 1; i < lines.size(); i++) {
                                boolean afterNumber = lines.get(i - 1).matches(".*\\d");
                                boolean unitFirst = lines.get(i).matches("(g|µg|mg|%)(\\W.*)?");
                                assertFalse(afterNumber && unitFirst, locale + ", " + width + " px: \"" + text
                                        + "\" shows as " + lines);
                            }
                        }
                    });
                }
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theChartPrintsWithItsTableOfNumbersAndNeverAsksToHover(FxRobot robot, @TempDir Path dir) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            Food natto = food("n", "Natto", "C", List.of(compiled(KForm.MK7, 939)));
            Food kale = food("k", "Kale", "D", List.of(value(KForm.K1, 705, "D")));
            Catalog catalog = catalog(List.of(natto, kale));
            DailyTarget target = new DailyTarget("Adequate intake", 120, CountedForms.TOTAL_K);
            List<FoodRow> rows = List.of(new FoodRow(natto, "Compiled 2021"), new FoodRow(kale, "DB 2016"));
            List<ChartBar> bars = CoverageChartModel.of(rows, target, 15, k2explorer.catalog.FoodNames.labels(catalog),
                    new CoverageChartModel.Ranking(CoverageChartModel.RankBy.GRAMS, false), new PortionChoices())
                    .bars();
            List<VBox> pages = sheets(robot, () -> {
                Region chart = new Region();
                chart.setPrefSize(600, 300);
                chart.setStyle("-fx-background-color: #cde;");
                return ViewPages.chart("Chart", target, chart, bars, "", catalog);
            }, PaperSize.A4);
            assertWholeSheets(pages, PaperSize.A4);
            for (String text : texts(pages.get(0))) {
                assertFalse(text.toLowerCase(Locale.ROOT).contains("hover"), text);
            }
            GridPane grid = (GridPane) pages.get(0).lookup("#printChartTable");
            assertNotNull(grid, "the chart prints with its table");
            assertEquals(bars.size() + 1, grid.getRowCount());
            for (int r = 1; r <= bars.size(); r++) {
                ChartBar b = bars.get(r - 1);
                assertTrue(cell(grid, r, 0).startsWith(b.label() + " ["), cell(grid, r, 0));
                assertEquals(AmountFormat.wrappable(AmountFormat.withUnit(AmountFormat.format(b.figures().grams(),
                        b.figures().partial()), "g")), cell(grid, r, 3), "the grams the bar is drawn from");
                assertTrue(cell(grid, r, 4).contains("(50\u00A0g)"), "a serving's grams stay with their unit: "
                        + cell(grid, r, 4));
            }
            assertEquals("Natto (Compiled 2021) [2 in 1]", cell(grid, 1, 0), "fewest grams first");
            assertEquals("Kale (DB 2016) [3]", cell(grid, 2, 0));
            look(robot, pages.get(0), "chart", dir);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void claimsPrintTheChosenClaimWithItsSourcesOrTheListOnSeveralSheets(FxRobot robot, @TempDir Path dir) {
        OpenedCatalog opened = new CatalogStore(dir.resolve("catalog"), BundledData.load())
                .open(ProgressListener.NONE);
        Catalog catalog = opened.catalog();
        var studies = opened.studies();
        Claim chosen = studies.claim("warfarin-limit-greens").orElseThrow();
        Claim other = studies.claim("warfarin-caution").orElseThrow();
        java.util.function.Function<Claim, ClaimEvidence> evidence = c -> ClaimEvidence.of(c, studies);
        java.util.function.Function<Claim, List<Food>> foods = c -> ClaimEvidence.foodsBehind(c, catalog);
        List<VBox> one = sheets(robot, () -> ViewPages.claims(chosen, studies.claims(), evidence, foods, catalog),
                PaperSize.A4);
        assertWholeSheets(one, PaperSize.A4);
        String all = String.join("\n", one.stream().flatMap(p -> texts(p).stream()).toList());
        assertTrue(all.contains(chosen.text()) && all.contains(chosen.why()), "the chosen claim in full");
        assertFalse(all.contains(other.text()), "only the chosen claim");
        List<String> refs = one.stream().map(p -> p.lookup("#printReferences")).filter(java.util.Objects::nonNull)
                .flatMap(n -> texts(n).stream()).toList();
        int cited = evidence.apply(chosen).supporting().size() + evidence.apply(chosen).contradicting().size()
                + evidence.apply(chosen).context().size();
        assertTrue(refs.size() >= cited, "every study cited is listed: " + refs);
        assertTrue(refs.get(0).startsWith("[1] ") && refs.stream().anyMatch(r -> r.contains(
                studies.studiesBehind(chosen).get(0).citation())), refs.toString());
        List<VBox> list = sheets(robot, () -> ViewPages.claims(null, studies.claims(), evidence, foods, catalog),
                PaperSize.A4);
        assertTrue(list.size() > 3, "80 claims on several sheets, not one tall picture: " + list.size());
        assertWholeSheets(list, PaperSize.A4);
        look(robot, one.get(0), "claim", dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewShowsTheSheetsAndLaysThemOutAgainForAnotherPaper(FxRobot robot) {
        List<Food> foods = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            foods.add(food("f" + i, "Food " + i, "D", List.of(value(KForm.K1, i, "D"))));
        }
        Catalog catalog = catalog(foods);
        List<FoodRow> rows = foods.stream().map(f -> new FoodRow(f, "DB 2016")).toList();
        AtomicReference<PaperSize> savedFor = new AtomicReference<>();
        AtomicReference<List<VBox>> saved = new AtomicReference<>();
        AtomicReference<PrintPreview> preview = new AtomicReference<>();
        robot.interact(() -> {
            PrintPreview p = new PrintPreview(stage, "Foods", () -> FoodSummaryPage.of("Foods", rows, null, catalog,
                    new PortionChoices()), (pages, paper) -> {
                        saved.set(pages);
                        savedFor.set(paper);
                    }, status -> { });
            preview.set(p);
            p.show();
        });
        javafx.scene.control.ChoiceBox<PaperSize> paper = robot.lookup("#printPaperChoice")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        VBox sheets = robot.lookup("#printSheets").queryAs(VBox.class);
        for (PaperSize size : List.of(PaperSize.A4, PaperSize.LETTER)) {
            robot.interact(() -> paper.setValue(size));
            assertTrue(sheets.getChildren().size() > 1, size + ": 45 foods on more than one sheet");
            for (Node sheet : sheets.getChildren()) {
                assertEquals(size.pageHeight(), ((VBox) sheet).getPrefHeight(), size.name());
            }
            assertEquals(sheets.getChildren().size() + " sheets",
                    robot.lookup("#printSheetCount").queryAs(Label.class).getText());
        }
        if (System.getProperty("print.look") != null) {
            AtomicReference<PngSnapshot> png = new AtomicReference<>();
            robot.interact(() -> png.set(PngSnapshot.of(preview.get().getDialogPane())));
            look(png.get(), "preview", null);
        }
        robot.clickOn("#printSavePngButton");
        assertEquals(PaperSize.LETTER, savedFor.get(), "the sheets are saved for the paper chosen");
        assertEquals(sheets.getChildren(), saved.get());
        robot.interact(() -> preview.get().close());
    }

    /** With -Dprint.look=DIR, the sheet is also written there as PNG, to be looked at. */
    private static void look(FxRobot robot, VBox page, String name, Path dir) {
        AtomicReference<PngSnapshot> png = new AtomicReference<>();
        robot.interact(() -> png.set(PngSnapshot.of(page, PaperSize.A4.pngScale())));
        look(png.get(), name, dir);
    }

    private static void look(PngSnapshot png, String name, Path dir) {
        String look = System.getProperty("print.look");
        if (look == null) {
            return;
        }
        try {
            PngFile.write(png.argb(), png.width(), png.height(), Path.of(look).resolve("test-" + name + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(Files.exists(Path.of(look).resolve("test-" + name + ".png")));
    }
}
