package k2explorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCsvTest {

    static List<NamedCsvRecord> read(Path file) throws IOException {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            csv.forEach(rows::add);
        }
        return rows;
    }

    private static NamedCsvRecord row(List<NamedCsvRecord> rows, String foodId, String form) {
        return rows.stream().filter(r -> r.getField("food_id").equals(foodId) && r.getField("form").equals(form))
                .findFirst().orElseThrow(() -> new AssertionError(foodId + " " + form));
    }

    /** The column names of the export table in the README, the export's contract with its users. */
    static List<String> readmeColumns() throws IOException {
        return readmeColumns("### Export the catalog without opening a window");
    }

    /** The columns a README section's table names, up to the next heading. */
    static List<String> readmeColumns(String heading) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf(heading) + heading.length());
        section = section.substring(0, section.indexOf("\n#"));
        List<String> columns = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                Matcher name = Pattern.compile("`([a-z_0-9]+)`").matcher(line.split("\\|")[1]);
                while (name.find()) {
                    columns.add(name.group(1));
                }
            }
        }
        return columns;
    }

    @Test
    void everyValueIsWrittenWithItsSourceAndReparses(@TempDir Path dir) throws IOException {
        Catalog catalog = new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE).catalog();
        Path out = dir.resolve("sub/out.csv");
        int written = CatalogCsv.export(catalog, out);
        List<NamedCsvRecord> rows = read(out);
        assertEquals(catalog.counts().values(), written);
        assertEquals(written, rows.size());
        assertEquals(List.of("food_id", "food_name", "food_group", "food_origin", "family", "form", "state",
                "amount_per_100g", "unit", "value_kind", "samples", "std_error", "min", "max", "calculated",
                "source_code", "derivation_code", "derivation", "last_changed", "evidence_level", "source_id",
                "source_doi", "source_citation", "original_sources", "original_citations", "compiler", "attribution",
                "note", "data_version"), rows.get(0).getHeader(), "the columns the README documents");
        assertEquals(readmeColumns(), rows.get(0).getHeader(), "the columns the README promises, in its order");
        NamedCsvRecord kale = rows.stream().filter(r -> r.getField("food_id").equals("usda:11233")).findFirst()
                .orElseThrow();
        assertEquals("Kale, raw", kale.getField("food_name"));
        assertEquals("K1", kale.getField("form"));
        assertEquals("704.8", kale.getField("amount_per_100g"));
        assertEquals("µg", kale.getField("unit"));
        assertEquals("USDA_SR28", kale.getField("source_id"));
        assertEquals("1", kale.getField("samples"));
        assertEquals("no", kale.getField("calculated"));
        NamedCsvRecord natto = row(rows, "usda:16113", "K1");
        assertEquals("yes", natto.getField("calculated"));
        assertEquals("BFSN", natto.getField("derivation_code"));
        NamedCsvRecord whipped = row(rows, "usda:01002", "MK-4");
        assertEquals("0.453", whipped.getField("std_error"));
        assertEquals("19.3", whipped.getField("min"));
        NamedCsvRecord edam = row(rows, "k2c:edam", "MK-9");
        assertEquals("VERMEER2018", edam.getField("original_sources"));
        assertEquals("K2VIEWER", edam.getField("compiler"));
        assertEquals("single", edam.getField("attribution"));
        NamedCsvRecord notDetected = row(rows, "k2c:edam", "MK-7");
        assertEquals("not_detected", notDetected.getField("value_kind"));
        assertEquals("", notDetected.getField("amount_per_100g"), "a not-detected value has no amount");
        assertTrue(rows.stream().anyMatch(r -> r.getField("value_kind").equals("assumed_zero")
                && r.getField("amount_per_100g").equals("0")));
        NamedCsvRecord bound = row(rows, "ciqual:25936", "K1");
        assertEquals("below_bound", bound.getField("state"));
        assertEquals("0.8", bound.getField("amount_per_100g"));
        assertEquals("K2 total", row(rows, "ciqual:40120", "K2 total").getField("form"));
        NamedCsvRecord kamao = rows.stream().filter(r -> r.getField("food_id").equals("lit:KAMAO2007:natto"))
                .findFirst().orElseThrow();
        assertEquals("939", kamao.getField("amount_per_100g"));
        assertEquals("10.3177/jnsv.53.464", kamao.getField("source_doi"));
        assertTrue(rows.stream().filter(r -> r.getField("amount_per_100g").isEmpty())
                .allMatch(r -> r.getField("state").equals("not_detected")), "only not-detected rows lack an amount");
        List<String> months = rows.stream().map(r -> r.getField("last_changed")).filter(m -> !m.isEmpty()).toList();
        assertTrue(months.size() > 1_000, "USDA values carry their month: " + months.size());
        assertEquals(List.of(), months.stream().filter(m -> !m.matches("\\d{4}-\\d{2}")).distinct().toList(),
                "ISO year-month, never a text a spreadsheet reads as a date");
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the export");
        }
    }
}
