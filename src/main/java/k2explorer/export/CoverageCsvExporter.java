package k2explorer.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.i18n.Numbers;
import k2explorer.coverage.Reach;
import k2explorer.storage.AtomicFile;

/**
 * Writes the coverage table as CSV. The first line is a comment naming the target, the counted forms, the basis
 * and the data version, so a printed or shared table always says what it was computed against.
 */
public final class CoverageCsvExporter {
    public static final List<String> COLUMNS = List.of("food_id", "food_name", "food_group",
            "counted_ug_per_100g", "counted_state", "grams_to_target", "servings_to_target", "percent_of_target_per_serving",
            "serving", "bound", "sources");

    /** One line of the export; empty strings where a figure does not exist (never 0). */
    public record Line(String foodId, String name, String group, String countedPer100g, String countedState,
                       String grams,
                       String servings, String percent, String serving, String bound, String sources) {
    }

    private static final int AMOUNT_DIGITS = 2;

    private CoverageCsvExporter() {
    }

    /** An amount as a cell: "12.35", "3.1–5.2", "0", "0*" (assumed zero), "n.d.", "<0.8"; locale-independent. */
    public static String amount(Amount amount) {
        return amount(amount, AMOUNT_DIGITS);
    }

    public static String amount(Amount amount, int digits) {
        return switch (amount.state()) {
            case MEASURED -> range(amount.range(), digits);
            case MEASURED_ZERO -> "0";
            case ASSUMED_ZERO -> "0*";
            case NOT_DETECTED -> "n.d.";
            case BELOW_BOUND -> "<" + Numbers.file(amount.high(), digits);
        };
    }

    /** Grams or servings to reach the target as a cell: "10", "8–12", ">1500", "never". */
    public static String reach(Reach reach, int digits) {
        return switch (reach.kind()) {
            case NEVER -> "never";
            case AT_LEAST -> ">" + Numbers.file(reach.grams().low(), digits);
            case REACHES -> range(reach.grams(), digits);
        };
    }

    private static String range(AmountRange range, int digits) {
        return range.isSpread() ? Numbers.file(range.low(), digits) + Numbers.SPREAD + Numbers.file(range.high(), digits)
                : Numbers.file(range.low(), digits);
    }

    public static void export(String header, List<Line> lines, Path target) throws IOException {
        AtomicFile.writeText(target, out -> {
            write(header, lines, out);
            return null;
        });
    }

    public static void write(String header, List<Line> lines, Writer out) throws IOException {
        out.write("# " + SpreadsheetCells.freeLine(header.replace('\n', ' ').replace('\r', ' ')) + "\n");
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (Line l : lines) {
            csv.writeRecord(SpreadsheetCells.neutralised(l.foodId(), l.name(), l.group(), l.countedPer100g(),
                    l.countedState(), l.grams(), l.servings(), l.percent(), l.serving(), l.bound(), l.sources()));
        }
        csv.flush();
    }
}
