package k2explorer.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import k2explorer.storage.AtomicFile;

/**
 * Writes the coverage table as CSV. The first line is a comment naming the target, the counted forms, the basis
 * and the data version, so a printed or shared table always says what it was computed against.
 */
public final class CoverageCsvExporter {
    public static final List<String> COLUMNS = List.of("food_id", "food_name", "food_group",
            "counted_ug_per_100g", "grams_to_target", "servings_to_target", "percent_of_target_per_serving",
            "serving", "bound", "sources");

    /** One line of the export; empty strings where a figure does not exist (never 0). */
    public record Line(String foodId, String name, String group, String countedPer100g, String grams,
                       String servings, String percent, String serving, String bound, String sources) {
    }

    private CoverageCsvExporter() {
    }

    public static void export(String header, List<Line> lines, Path target) throws IOException {
        AtomicFile.writeText(target, out -> {
            write(header, lines, out);
            return null;
        });
    }

    public static void write(String header, List<Line> lines, Writer out) throws IOException {
        out.write("# " + header.replace('\n', ' ') + "\n");
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (Line l : lines) {
            csv.writeRecord(l.foodId(), l.name(), l.group(), l.countedPer100g(), l.grams(), l.servings(),
                    l.percent(), l.serving(), l.bound(), l.sources());
        }
        csv.flush();
    }
}
