package k2explorer.catalog.sources;

import java.util.List;
import k2explorer.catalog.Coded;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.ValueKind;
import k2explorer.csv.CsvTable;

/** Menaquinone values we read in abstracts and named secondary sources (k2-literature/). */
final class LiteratureTables {
    private final CatalogDraft draft;

    LiteratureTables(CatalogDraft draft) {
        this.draft = draft;
    }

    void read(SourceLabels labels) {
        for (CsvTable.Row row : draft.table(BundledData.LIT_SOURCES, "source_key", "authors", "year", "title",
                "journal", "volume_pages", "doi", "pmid", "what_you_read", "url_or_repo_path").rows()) {
            String key = row.required("source_key");
            draft.sources.put(key, labels.source(key, row, citation(row), row.text("doi"), row.text("pmid"),
                    row.text("url_or_repo_path"), row.text("what_you_read")));
        }
        for (CsvTable.Row row : draft.table(BundledData.LIT_MENAQUINONES, "food", "food_group", "form", "ug_per_100g",
                "value_kind", "n_samples", "source_key", "notes", "evidence_level").rows()) {
            FoodDraft food = food(row);
            KForm form = KForm.parse(row.required("form"))
                    .orElseThrow(() -> row.problem("form", "unknown vitamin K form '" + row.text("form") + "'"));
            ValueKind kind = Coded.parse(ValueKind.class, row.required("value_kind"))
                    .orElseThrow(() -> row.problem("value_kind", "unknown value kind '" + row.text("value_kind") + "'"));
            EvidenceLevel evidence = Coded.parse(EvidenceLevel.class, row.required("evidence_level"))
                    .orElseThrow(() -> row.problem("evidence_level", "unknown evidence level '"
                            + row.text("evidence_level") + "'"));
            food.values.add(KValue.measured(form, row.number("ug_per_100g"), kind, food.sourceId, evidence,
                    row.text("n_samples"), row.text("notes")));
        }
        for (CsvTable.Row row : draft.table(BundledData.LIT_OTHER_VALUES, "food", "food_group", "measure", "value",
                "unit", "value_kind", "n_samples", "source_key", "notes").rows()) {
            FoodDraft food = food(row);
            food.reported.add(new ReportedMeasure(row.required("measure"), row.required("value"),
                    row.required("unit"), row.text("value_kind"), row.text("n_samples"), food.sourceId,
                    row.text("notes")));
        }
    }

    private FoodDraft food(CsvTable.Row row) {
        String sourceKey = row.required("source_key");
        draft.requireSource(sourceKey, row, "source_key");
        String name = row.required("food");
        String id = FoodIds.literature(sourceKey, name);
        FoodDraft existing = draft.foods.get(id);
        if (existing != null) {
            if (!existing.name.equals(name)) {
                throw row.problem("food", "'" + name + "' and '" + existing.name + "' give the same food id " + id);
            }
            return existing;
        }
        return draft.addFood(new FoodDraft(id, name, row.required("food_group"), FoodOrigin.LITERATURE, sourceKey,
                ""), row);
    }

    /** The curator's notes on what the page read did not show, as a reader of a citation says them. */
    private static final String NO_AUTHORS = "not visible in what I read";
    private static final String NO_DATE = "(undated in what I read)";

    private static String citation(CsvTable.Row row) {
        String year = row.text("year");
        year = year.equals(NO_DATE) ? "(no date given)" : year;
        String authors = row.text("authors");
        authors = authors.startsWith(NO_AUTHORS) ? "Authors not named" + authors.substring(NO_AUTHORS.length())
                : authors;
        return joined(authors, year.isEmpty() || year.startsWith("(") ? year : "(" + year + ")",
                row.text("title"), (row.text("journal") + " " + row.text("volume_pages")).trim());
    }

    private static String joined(String... parts) {
        return String.join(". ", List.of(parts).stream().filter(p -> !p.isEmpty()).toList());
    }
}
