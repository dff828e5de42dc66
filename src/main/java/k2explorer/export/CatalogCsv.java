package k2explorer.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.KValue;
import k2explorer.i18n.Numbers;
import k2explorer.catalog.Source;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.storage.AtomicFile;

/**
 * Writes every vitamin K value of the catalog as CSV: the catalog's contract with spreadsheets. Cells are neutralised
 * against formulas, since names and citations come from data files and from the user's own foods.
 */
public final class CatalogCsv {
    public static final List<String> COLUMNS = List.of("food_id", "food_name", "food_group", "food_origin",
            "family", "form", "state", "amount_per_100g", "unit", "value_kind", "samples", "std_error", "min", "max",
            "calculated", "source_code", "derivation_code", "derivation", "last_changed", "evidence_level",
            "source_id", "source_doi", "source_citation", "original_sources", "original_citations", "compiler",
            "attribution", "note", "data_version");

    private CatalogCsv() {
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
            String family = catalog.family(food.familyId()).map(FoodFamily::name).orElse("");
            for (KValue v : food.values()) {
                Source source = catalog.source(v.sourceId()).orElse(null);
                ValueStats stats = v.stats();
                List<Source> origins = v.originIds().stream().map(catalog::source).flatMap(Optional::stream).toList();
                csv.writeRecord(SpreadsheetCells.neutralised(food.id(), food.name(), food.group(),
                        food.origin().name().toLowerCase(Locale.ROOT), family, v.form().code(), v.state().code(),
                        v.state() == ValueState.NOT_DETECTED ? "" : Numbers.file(v.amount()), "µg",
                        valueKind(v), stats.samples() != null ? String.valueOf(stats.samples()) : v.samples(),
                        plain(stats.standardError()), plain(stats.min()), plain(stats.max()),
                        v.isCalculated() ? "yes" : "no", text(stats.sourceCode()), text(stats.derivationCode()),
                        catalog.codes().derivationCode(stats.derivationCode()).orElse(""), isoMonth(stats.lastChanged()),
                        v.evidence().code(), v.sourceId(), source == null ? "" : source.cleanDoi().orElse(""),
                        source == null ? "" : source.citation(), String.join("; ", v.originIds()),
                        origins.stream().map(Source::citation).collect(Collectors.joining(" | ")),
                        v.evidence() == EvidenceLevel.SECONDARY_COMPILATION && !v.originIds().isEmpty()
                                ? v.sourceId() : "",
                        v.attribution() == null ? "" : v.attribution().name().toLowerCase(Locale.ROOT), v.note(),
                        version));
                rows++;
            }
        }
        csv.flush();
        return rows;
    }

    /** How the number was reported; values that are not amounts say what they are instead. */
    private static String valueKind(KValue v) {
        return switch (v.state()) {
            case NOT_DETECTED, ASSUMED_ZERO, BELOW_BOUND -> v.state().code();
            case MEASURED, MEASURED_ZERO -> v.kind().code();
        };
    }

    private static String plain(Double value) {
        return value == null ? "" : Numbers.file(value);
    }

    /**
     * USDA's "08/2010" as ISO "2010-08": spreadsheets turn the first into a date (1 August 2010, or 8 February in
     * some locales); the second sorts and stays text. Anything else is written as it is.
     */
    static String isoMonth(String value) {
        if (value == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{4})").matcher(value.trim());
        return m.matches() ? m.group(2) + "-" + (m.group(1).length() == 1 ? "0" : "") + m.group(1) : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
