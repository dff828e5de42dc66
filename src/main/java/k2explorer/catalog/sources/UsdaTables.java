package k2explorer.catalog.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.csv.CsvTable;

/** USDA SR28: foods, every vitamin K value with how it was obtained and from which study, nutrients and portions. */
final class UsdaTables {
    static final String SOURCE_ID = "USDA_SR28";
    static final String REFERENCE_PREFIX = "USDA_REF:";
    private static final String CITATION = "U.S. Department of Agriculture, Agricultural Research Service. USDA "
            + "National Nutrient Database for Standard Reference, Release 28. Nutrient Data Laboratory, 2016.";
    private static final String ASSUMED_ZERO_CODE = "7";
    private static final Map<String, KForm> FORMS = Map.of("430", KForm.K1, "429", KForm.DIHYDRO_K1, "428", KForm.MK4);

    private final CatalogDraft draft;

    UsdaTables(CatalogDraft draft) {
        this.draft = draft;
    }

    void read() {
        draft.sources.put(SOURCE_ID, new Source(SOURCE_ID, SourceKind.FOOD_COMPOSITION_DATABASE, "USDA SR28",
                CITATION, null, null, null,
                "SR28 full nutrient file (NUT_DATA with FOOD_DES, FD_GROUP, WEIGHT, DATA_SRC, SRC_CD, DERIV_CD)",
                false, ""));
        readCodes();
        readReferences();
        for (CsvTable.Row row : draft.table(BundledData.USDA_FOODS, "ndb_no", "description", "food_group",
                "common_names").rows()) {
            String ndb = row.required("ndb_no");
            draft.addFood(new FoodDraft(FoodIds.usda(ndb), row.required("description"), row.required("food_group"),
                    FoodOrigin.USDA, SOURCE_ID, row.text("common_names")), row);
        }
        Map<String, List<String>> references = valueReferences();
        Map<String, String> footnotes = footnotes();
        for (CsvTable.Row row : draft.table(BundledData.USDA_NUTRIENTS, "ndb_no", "nutrient_code", "amount_per_100g",
                "n_data_points", "std_error", "min", "max", "source_code", "derivation_code", "last_changed").rows()) {
            FoodDraft food = food(row);
            String code = row.required("nutrient_code");
            double amount = row.number("amount_per_100g");
            KForm form = FORMS.get(code);
            if (form == null) {
                Nutrient nutrient = Nutrient.bySrNumber(code)
                        .orElseThrow(() -> row.problem("nutrient_code", "unknown nutrient code " + code));
                food.nutrients.put(nutrient, amount);
                continue;
            }
            String sourceCode = row.text("source_code");
            ValueState state = ASSUMED_ZERO_CODE.equals(sourceCode) ? ValueState.ASSUMED_ZERO
                    : amount > 0 ? ValueState.MEASURED : ValueState.MEASURED_ZERO;
            if (state == ValueState.ASSUMED_ZERO && amount != 0) {
                throw row.problem("amount_per_100g", "an assumed zero (source code 7) must be 0");
            }
            ValueStats stats = new ValueStats(row.optionalText("n_data_points").map(v -> row.integer("n_data_points"))
                    .orElse(null), optionalNumber(row, "std_error"), optionalNumber(row, "min"),
                    optionalNumber(row, "max"), emptyToNull(sourceCode), emptyToNull(row.text("derivation_code")),
                    emptyToNull(row.text("last_changed")));
            String key = food.id + "/" + code;
            food.values.add(new KValue(form, state, amount, stats.samples() != null && stats.samples() > 1
                    ? ValueKind.MEAN : ValueKind.SINGLE, SOURCE_ID, EvidenceLevel.NUTRIENT_DATABASE, stats,
                    references.getOrDefault(key, List.of()), null, "", footnotes.getOrDefault(key, "")));
        }
        for (CsvTable.Row row : draft.table(BundledData.USDA_PORTIONS, "ndb_no", "seq", "amount", "measure", "grams")
                .rows()) {
            FoodDraft food = food(row);
            double grams = row.number("grams");
            if (grams <= 0) {
                throw row.problem("grams", "a portion must weigh more than 0 g");
            }
            food.portions.add(new Portion(row.integer("seq"), row.number("amount"), row.required("measure"), grams,
                    SOURCE_ID));
        }
    }

    private FoodDraft food(CsvTable.Row row) {
        return draft.food(FoodIds.usda(row.required("ndb_no")), row, "ndb_no");
    }

    private void readCodes() {
        for (CsvTable.Row row : draft.table(BundledData.USDA_CODES, "kind", "code", "meaning").rows()) {
            switch (row.required("kind")) {
                case "source_code" -> draft.sourceCodes.put(row.required("code"), row.required("meaning"));
                case "derivation_code" -> draft.derivationCodes.put(row.required("code"), row.required("meaning"));
                default -> throw row.problem("kind", "must be source_code or derivation_code");
            }
        }
    }

    private void readReferences() {
        for (CsvTable.Row row : draft.table(BundledData.USDA_REFERENCES, "ref_id", "authors", "title", "year",
                "journal", "volume", "issue", "start_page", "end_page").rows()) {
            String id = REFERENCE_PREFIX + row.required("ref_id");
            draft.sources.put(id, new Source(id, SourceKind.PUBLICATION, shortLabel(row), citation(row), null, null,
                    null, "Named by USDA SR28 as a source of vitamin K values (not read by us)", false, ""));
        }
    }

    /** "Booth 1995" from "S.L. Booth, J.A.T. Pennington …": the first author's surname and the year. */
    private static String shortLabel(CsvTable.Row row) {
        String authors = row.text("authors");
        String first = authors.split(",| and |;")[0].trim();
        String[] words = first.split("\\s+");
        String surname = words.length == 0 || first.isEmpty() ? "USDA reference " + row.required("ref_id")
                : words[words.length - 1];
        String year = row.text("year");
        return year.isEmpty() ? surname : surname + " " + year;
    }

    private static String citation(CsvTable.Row row) {
        String issue = row.text("issue");
        String volume = row.text("volume") + (issue.isEmpty() ? "" : "(" + issue + ")");
        String where = joined(":", joined(" ", row.text("journal"), volume),
                joined("-", row.text("start_page"), row.text("end_page")));
        String year = row.text("year");
        return joined(". ", joined(" ", row.text("authors"), year.isEmpty() ? "" : "(" + year + ")"),
                row.text("title"), where);
    }

    private static String joined(String separator, String... parts) {
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(separator));
    }

    private Map<String, List<String>> valueReferences() {
        Map<String, List<String>> refs = new HashMap<>();
        for (CsvTable.Row row : draft.table(BundledData.USDA_VALUE_REFERENCES, "ndb_no", "nutrient_code", "ref_id")
                .rows()) {
            String source = REFERENCE_PREFIX + row.required("ref_id");
            draft.requireSource(source, row, "ref_id");
            refs.computeIfAbsent(FoodIds.usda(row.required("ndb_no")) + "/" + row.required("nutrient_code"),
                    k -> new ArrayList<>(1)).add(source);
        }
        return refs;
    }

    private Map<String, String> footnotes() {
        Map<String, String> notes = new HashMap<>();
        for (CsvTable.Row row : draft.table(BundledData.USDA_FOOTNOTES, "ndb_no", "nutrient_code", "footnote").rows()) {
            notes.merge(FoodIds.usda(row.required("ndb_no")) + "/" + row.required("nutrient_code"),
                    "USDA footnote: " + row.required("footnote"), (a, b) -> a + "; " + b);
        }
        return notes;
    }

    private static Double optionalNumber(CsvTable.Row row, String column) {
        return row.optionalText(column).map(v -> row.number(column)).orElse(null);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
