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
import k2explorer.catalog.build.BundledData;
import k2explorer.catalog.build.CatalogStore;
import k2explorer.catalog.build.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCsvExporterTest {

    static List<NamedCsvRecord> read(Path file) throws IOException {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            csv.forEach(rows::add);
        }
        return rows;
    }

    /** The column names of the export table in the README, the export's contract with its users. */
    private static List<String> readmeColumns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### Export the catalog without opening a window"));
        section = section.substring(0, section.indexOf("\n## "));
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
        int written = CatalogCsvExporter.export(catalog, out);
        List<NamedCsvRecord> rows = read(out);
        assertEquals(catalog.counts().values(), written);
        assertEquals(written, rows.size());
        assertEquals(readmeColumns(), rows.get(0).getHeader(), "the columns the README promises, in its order");
        NamedCsvRecord kale = rows.stream().filter(r -> r.getField("food_id").equals("usda:11233")).findFirst()
                .orElseThrow();
        assertEquals("Kale, raw", kale.getField("food_name"));
        assertEquals("K1", kale.getField("form"));
        assertEquals("704.8", kale.getField("amount_per_100g"));
        assertEquals("µg", kale.getField("unit"));
        assertEquals("USDA_SR26", kale.getField("source_id"));
        NamedCsvRecord kamao = rows.stream().filter(r -> r.getField("food_id").equals("lit:KAMAO2007:natto"))
                .findFirst().orElseThrow();
        assertEquals("939", kamao.getField("amount_per_100g"));
        assertEquals("10.3177/jnsv.53.464", kamao.getField("source_doi"));
        assertTrue(rows.stream().noneMatch(r -> r.getField("amount_per_100g").isEmpty()));
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the export");
        }
    }
}
