package k2explorer.catalog.sources;

import java.util.List;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.csv.CsvTable;

/** ANSES Ciqual 2020: K1 for 1,433 foods and a K2 total (forms not named) for 32; "< x" cells are bounds. */
final class CiqualTable {
    static final String SOURCE_ID = "CIQUAL2020";
    private static final String K1_COLUMN = "K1";
    private static final String K2_COLUMN = "K2 total (forms not specified)";
    private static final String BELOW = "<";

    private final CatalogDraft draft;

    CiqualTable(CatalogDraft draft) {
        this.draft = draft;
    }

    void read(SourceLabels labels) {
        draft.sources.put(SOURCE_ID, labels.source(SOURCE_ID, null, "Anses. 2020. Ciqual French food composition "
                + "table (version 2020-07-07), https://ciqual.anses.fr/", "", "", "https://ciqual.anses.fr/",
                "English release file 'Table Ciqual 2020_ENG_2020 07 07.xls', sheet compo, vitamin K1 and K2 columns"));
        for (CsvTable.Row row : draft.table(BundledData.CIQUAL, "ciqual_code", "food_name", "group", "subgroup",
                "form", "amount_per_100g", "unit", "qualifier").rows()) {
            String id = FoodIds.ciqual(row.required("ciqual_code"));
            FoodDraft food = draft.foods.get(id);
            if (food == null) {
                String group = row.text("group");
                String subgroup = row.text("subgroup");
                food = draft.addFood(new FoodDraft(id, row.required("food_name"),
                        group.isEmpty() ? "Ciqual, no group" : group + (subgroup.isEmpty() || "-".equals(subgroup)
                                ? "" : ", " + subgroup), FoodOrigin.CIQUAL, SOURCE_ID, ""), row);
            }
            food.values.add(value(row));
        }
    }

    private static KValue value(CsvTable.Row row) {
        KForm form = switch (row.required("form")) {
            case K1_COLUMN -> KForm.K1;
            case K2_COLUMN -> KForm.K2_TOTAL;
            default -> throw row.problem("form", "must be '" + K1_COLUMN + "' or '" + K2_COLUMN + "'");
        };
        if (!"µg".equals(row.required("unit"))) {
            throw row.problem("unit", "must be µg");
        }
        double amount = row.number("amount_per_100g");
        ValueState state;
        switch (row.text("qualifier")) {
            case "" -> state = amount > 0 ? ValueState.MEASURED : ValueState.MEASURED_ZERO;
            case BELOW -> {
                if (amount <= 0) {
                    throw row.problem("amount_per_100g", "a bound '< x' needs x above 0");
                }
                state = ValueState.BELOW_BOUND;
            }
            default -> throw row.problem("qualifier", "must be empty or '<'");
        }
        return new KValue(form, state, amount, ValueKind.NOT_STATED, SOURCE_ID, EvidenceLevel.NUTRIENT_DATABASE,
                ValueStats.NONE, List.of(), null, "", "");
    }
}
