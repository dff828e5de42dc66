package k2explorer.catalog.sources;

import java.util.Arrays;
import java.util.List;
import k2explorer.catalog.Attribution;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.ValueDoubt;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.csv.CsvTable;

/** K2viewer's compiled table: K1 and MK-4 … MK-10 per food, each value credited to its original papers. */
public final class CompiledTable {
    public static final String SOURCE_ID = "K2VIEWER";
    /** Elder 2006 measured K1, dihydro-K1 and MK-4 only (compiled README): longer chains credited to it are doubtful. */
    private static final String ELDER = ValueDoubt.ELDER_SOURCE;
    private static final String DUNLOP = "DUNLOP2022";
    /**
     * Rows K2viewer credits to Dunlop 2022 (Australia) whose values an audit found equal to the Dutch food composition
     * table NEVO 2023 (issue #27; compiled README). Facts only: NEVO itself is not bundled.
     */
    private static final java.util.Map<String, String> NEVO_MATCHES = java.util.Map.of(
            "Middle aged Gouda", "this food's",
            "Aged Gouda", "this food's",
            "Roquefort", "this food's",
            "Milner (young)", "the 'Milner' (which of the three Milner rows was not stated)",
            "Milner (middle aged)", "the 'Milner' (which of the three Milner rows was not stated)",
            "Milner (aged)", "the 'Milner' (which of the three Milner rows was not stated)");

    private final CatalogDraft draft;

    CompiledTable(CatalogDraft draft) {
        this.draft = draft;
    }

    void read(SourceLabels labels) {
        for (CsvTable.Row row : draft.table(BundledData.COMPILED_SOURCES, "source_key", "citation", "doi", "pmid",
                "note").rows()) {
            String key = row.required("source_key");
            if (!draft.sources.containsKey(key)) {
                draft.sources.put(key, labels.source(key, row, row.required("citation"), row.text("doi"),
                        row.text("pmid"), null, row.text("note")));
            }
        }
        for (CsvTable.Row row : draft.table(BundledData.COMPILED_VALUES, "row", "food", "category", "subcategory",
                "form", "ug_per_100g", "status", "source_keys", "attribution", "check").rows()) {
            String name = row.required("food");
            String id = FoodIds.compiled(name);
            FoodDraft food = draft.foods.get(id);
            if (food == null) {
                String sub = row.text("subcategory");
                food = draft.addFood(new FoodDraft(id, name, row.required("category") + (sub.isEmpty() ? "" : ", "
                        + sub), FoodOrigin.COMPILED, SOURCE_ID, ""), row);
            } else if (!food.name.equals(name)) {
                throw row.problem("food", "'" + name + "' and '" + food.name + "' give the same food id " + id);
            }
            food.values.add(value(row));
        }
    }

    private KValue value(CsvTable.Row row) {
        KForm form = KForm.parse(row.required("form"))
                .orElseThrow(() -> row.problem("form", "unknown vitamin K form '" + row.text("form") + "'"));
        List<String> papers = Arrays.stream(row.required("source_keys").split("\\s+")).toList();
        for (String paper : papers) {
            draft.requireSource(paper, row, "source_keys");
        }
        Attribution attribution = Attribution.parse(row.required("attribution"))
                .orElseThrow(() -> row.problem("attribution", "must be single, merged or own_unpublished"));
        ValueState state;
        double amount;
        switch (row.required("status")) {
            case "measured" -> {
                amount = row.number("ug_per_100g");
                state = amount > 0 ? ValueState.MEASURED : ValueState.MEASURED_ZERO;
            }
            case "not_detected" -> {
                if (row.optionalText("ug_per_100g").isPresent()) {
                    throw row.problem("ug_per_100g", "a not-detected value has no amount");
                }
                amount = Double.NaN;
                state = ValueState.NOT_DETECTED;
            }
            default -> throw row.problem("status", "must be measured or not_detected");
        }
        return new KValue(form, state, amount, ValueKind.NOT_STATED, SOURCE_ID, EvidenceLevel.SECONDARY_COMPILATION,
                ValueStats.NONE, papers, attribution, "", note(row, form, papers));
    }

    private static String note(CsvTable.Row row, KForm form, List<String> papers) {
        StringBuilder note = new StringBuilder();
        if (papers.contains(ELDER) && form.isMenaquinone() && form != KForm.MK4) {
            note.append("Credited in part to Elder 2006, which measured K1, dihydro-K1 and MK-4 only: treat this "
                    + "long-chain value with caution.");
        }
        String nevo = NEVO_MATCHES.get(row.text("food"));
        if (nevo != null && papers.contains(DUNLOP)) {
            note.append(note.length() == 0 ? "" : " ").append("Credited by K2viewer to Dunlop 2022 (Australia), but an "
                    + "audit found K2viewer's ").append(nevo).append(" values equal to those of the Dutch food "
                    + "composition table NEVO 2023: Dutch values, not Australian ones (NEVO is not bundled).");
        }
        String check = row.text("check");
        if (!check.isEmpty()) {
            note.append(note.length() == 0 ? "" : " ").append(ValueDoubt.TOTALS_NOTE).append(" (")
                    .append(check).append(").");
        }
        return note.toString();
    }
}
