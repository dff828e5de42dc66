package k2explorer.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import k2explorer.catalog.Amount;
import k2explorer.i18n.Numbers;
import k2explorer.catalog.ValueDoubt;
import k2explorer.coverage.CountedState;
import k2explorer.coverage.CoverageFigures;
import k2explorer.coverage.CoverageTable;
import k2explorer.coverage.DailyTarget;
import k2explorer.storage.AtomicFile;

/**
 * Writes the coverage table as CSV, in the chart's ranking order ({@link CoverageTable}): the Coverage tab's "Export
 * table as CSV" and the command line's {@code --export-coverage} both write through here. The first line is a comment
 * naming the target, the counted forms, the rows, the basis and the data version, so a shared table always says what it
 * was computed against.
 */
public final class CoverageCsv {
    public static final List<String> COLUMNS = List.of("food_id", "food_name", "food_group",
            "counted_ug_per_100g", "counted_state", "grams_to_target", "servings_to_target",
            "percent_of_target_per_serving", "serving", "bound", "sources", "doubts");

    /** One line of the export; empty strings where a figure does not exist (never 0). */
    public record Line(String foodId, String name, String group, String countedPer100g, String countedState,
                       String grams, String servings, String percent, String serving, String bound, String sources,
                       String doubts) {
    }

    /** A whole file: its comment line and its lines. */
    public record Table(String header, List<Line> lines) {
        public Table {
            lines = List.copyOf(lines);
        }

        public String text() {
            return CoverageCsv.text(header, lines);
        }
    }

    private CoverageCsv() {
    }

    /** The comment line: what the figures were computed against. */
    private static String header(CoverageTable.Settings settings, int rows, String dataVersion) {
        DailyTarget t = settings.target();
        return "K2 Explorer coverage table; target: " + Numbers.file(t.microgramsPerDay()) + " µg/day; counting: "
                + t.counted().code() + "; rows: " + (settings.oneRowPerFood() ? "food" : "source") + "; basis: "
                + (settings.byServings() ? "serving" : "100g") + "; special products: "
                + (settings.includeSpecial() ? "included" : "left out") + "; " + rows + " rows; data: " + dataVersion;
    }

    /**
     * The whole file of a ranked table for its settings: what the Coverage tab's "Export table as CSV" and the
     * command line's {@code --export-coverage} both write.
     */
    public static Table table(CoverageTable.Ranked ranked, CoverageTable.Settings settings, String dataVersion) {
        List<Line> lines = lines(ranked);
        return new Table(header(settings, lines.size(), dataVersion), lines);
    }

    /** The lines of a ranked table, in its order. */
    private static List<Line> lines(CoverageTable.Ranked ranked) {
        return ranked.all().stream().map(CoverageCsv::line).toList();
    }

    static Line line(CoverageTable.Entry e) {
        CoverageFigures f = e.figures();
        String bound;
        if (!f.measured()) {
            bound = "no data";
        } else if (f.partial()) {
            bound = "partial: counts " + f.counted().includedForms().stream().sorted().map(k -> k.code())
                    .collect(Collectors.joining(" + ")) + " only"
                    + (f.notMeasured().isEmpty() ? "" : "; not measured: " + f.notMeasured().stream().sorted()
                    .map(k -> k.code()).collect(Collectors.joining(" ")));
        } else {
            bound = "exact";
        }
        return new Line(f.food().id(), e.name(), e.group(),
                f.measured() ? ValueCells.amount(f.counted().amount()) : "",
                f.state().code(), ValueCells.reach(f.grams()), ValueCells.reach(f.servings()),
                percent(f),
                f.serving() == null ? "" : f.serving().label(), bound, e.sources(),
                f.doubts().stream().sorted().map(ValueDoubt::code).collect(Collectors.joining(" ")));
    }

    /** Percent of the target a serving gives; a zero that is not known to be complete says so, never "0". */
    private static String percent(CoverageFigures f) {
        if (f.percent() == null) {
            return "";
        }
        return f.state() == CountedState.NONE_IN_FORMS_MEASURED ? ValueCells.NONE_IN_FORMS_MEASURED
                : ValueCells.amount(f.percent());
    }

    public static void export(String header, List<Line> lines, Path target) throws IOException {
        AtomicFile.writeText(target, out -> {
            write(header, lines, out);
            return null;
        });
    }

    /** The whole file as text (what {@link #export} writes). */
    public static String text(String header, List<Line> lines) {
        StringWriter out = new StringWriter();
        try {
            write(header, lines, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(String header, List<Line> lines, Writer out) throws IOException {
        out.write("# " + SpreadsheetCells.freeLine(header.replace('\n', ' ').replace('\r', ' ')) + "\n");
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (Line l : lines) {
            csv.writeRecord(SpreadsheetCells.neutralised(l.foodId(), l.name(), l.group(), l.countedPer100g(),
                    l.countedState(), l.grams(), l.servings(), l.percent(), l.serving(), l.bound(), l.sources(),
                    l.doubts()));
        }
        csv.flush();
    }
}
