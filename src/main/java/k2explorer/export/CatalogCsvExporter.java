package k2explorer.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Numbers;
import k2explorer.catalog.Source;
import k2explorer.storage.AtomicFile;

/** Writes every vitamin K value of the catalog as CSV: the catalog's contract with spreadsheets. */
public final class CatalogCsvExporter {
    public static final List<String> COLUMNS = List.of("food_id", "food_name", "food_group", "form",
            "amount_per_100g", "unit", "value_kind", "samples", "evidence_level", "source_id", "source_doi",
            "source_citation", "data_version");

    private CatalogCsvExporter() {
    }

    /** Writes to a temporary file beside the target and renames it, so a failed export never leaves half a file. */
    public static int export(Catalog catalog, Path target) throws IOException {
        return AtomicFile.writeText(target, out -> write(catalog, out));
    }

    public static int write(Catalog catalog, Writer out) throws IOException {
        int rows = 0;
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        String version = catalog.version().label() + " " + catalog.version().shortHash();
        for (Food food : catalog.foods()) {
            for (KValue v : food.values()) {
                Source source = catalog.source(v.sourceId()).orElse(null);
                csv.writeRecord(food.id(), food.name(), food.group(), v.form().label(),
                        Numbers.plain(v.microgramsPer100g()), "µg", v.kind().code(), v.samples(), v.evidence().code(),
                        v.sourceId(),
                        source == null ? "" : source.cleanDoi().orElse(""),
                        source == null ? "" : source.citation(),
                        version);
                rows++;
            }
        }
        csv.flush();
        return rows;
    }
}
