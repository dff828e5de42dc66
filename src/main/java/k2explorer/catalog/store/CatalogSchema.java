package k2explorer.catalog.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.sources.BundledData;

/**
 * The catalog database's tables. Bump BundledData.SCHEMA_VERSION (which VERSION is; the one version number) when the
 * tables, what the builder writes into them or the snapshot's layout (CatalogSnapshot, which carries it) change: the
 * data hash includes it, so every installed catalog is rebuilt on the next start.
 */
final class CatalogSchema {
    static final int VERSION = BundledData.SCHEMA_VERSION;

    static final List<String> DDL = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE source (
              id TEXT PRIMARY KEY, kind TEXT NOT NULL, short_label TEXT NOT NULL, citation TEXT NOT NULL,
              doi TEXT, pmid TEXT, url TEXT, what_read TEXT, industry_affiliated INTEGER NOT NULL, caveat TEXT)""",
            """
            CREATE TABLE food (
              seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, food_group TEXT NOT NULL,
              origin TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id), family_id TEXT, exclusion TEXT,
              other_names TEXT, """ + nutrientColumns() + ")",
            """
            CREATE TABLE k_value (
              food_id TEXT NOT NULL REFERENCES food(id), form TEXT NOT NULL, state TEXT NOT NULL,
              amount REAL CHECK (amount >= 0), value_kind TEXT NOT NULL,
              source_id TEXT NOT NULL REFERENCES source(id), evidence_level TEXT NOT NULL, samples TEXT,
              n INTEGER, std_error REAL, min REAL, max REAL, source_code TEXT, derivation_code TEXT,
              last_changed TEXT, origins TEXT, attribution TEXT, note TEXT)""",
            "CREATE INDEX k_value_by_food ON k_value(food_id)",
            """
            CREATE TABLE portion (
              food_id TEXT NOT NULL REFERENCES food(id), seq INTEGER NOT NULL, amount REAL NOT NULL,
              measure TEXT NOT NULL, grams REAL NOT NULL CHECK (grams > 0), source_id TEXT NOT NULL,
              PRIMARY KEY (food_id, seq)) WITHOUT ROWID""",
            """
            CREATE TABLE family (
              seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL)""",
            """
            CREATE TABLE family_member (
              family_id TEXT NOT NULL REFERENCES family(id), food_id TEXT NOT NULL UNIQUE REFERENCES food(id),
              same_food INTEGER NOT NULL, note TEXT, seq INTEGER NOT NULL)""",
            """
            CREATE TABLE usda_code (
              kind TEXT NOT NULL, code TEXT NOT NULL, meaning TEXT NOT NULL, PRIMARY KEY (kind, code)) WITHOUT ROWID""",
            """
            CREATE TABLE reported_measure (
              food_id TEXT NOT NULL REFERENCES food(id), measure TEXT NOT NULL, value TEXT NOT NULL,
              unit TEXT NOT NULL, value_kind TEXT, samples TEXT, source_id TEXT NOT NULL, note TEXT)""",
            """
            CREATE TABLE study (
              seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL, citation TEXT NOT NULL,
              doi TEXT, pmid TEXT, topic TEXT NOT NULL, design TEXT NOT NULL, population TEXT, participants INTEGER,
              form TEXT NOT NULL, dose_ug_per_day REAL CHECK (dose_ug_per_day > 0), dose_text TEXT, duration TEXT,
              outcomes TEXT, main_result TEXT NOT NULL, limitations TEXT, grade TEXT NOT NULL,
              grade_reason TEXT NOT NULL, summary TEXT NOT NULL, read_where TEXT, verified INTEGER NOT NULL,
              cited_by_seed TEXT, funding_note TEXT, trial TEXT NOT NULL DEFAULT '')""",
            """
            CREATE TABLE claim (
              seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, inventory_ids TEXT, kind TEXT NOT NULL,
              safety INTEGER NOT NULL, text TEXT NOT NULL, seeds TEXT, seed_figure TEXT, verdict TEXT NOT NULL,
              why TEXT NOT NULL, takeaway TEXT, panel TEXT, seed_table_row INTEGER)""",
            """
            CREATE TABLE claim_study (
              claim_id TEXT NOT NULL REFERENCES claim(id), study_key TEXT NOT NULL REFERENCES study(key),
              seq INTEGER NOT NULL, role TEXT NOT NULL, PRIMARY KEY (claim_id, study_key)) WITHOUT ROWID""",
            """
            CREATE TABLE claim_food (
              claim_id TEXT NOT NULL REFERENCES claim(id), food_id TEXT NOT NULL REFERENCES food(id),
              seq INTEGER NOT NULL, PRIMARY KEY (claim_id, food_id)) WITHOUT ROWID""",
            """
            CREATE TABLE claim_source (
              claim_id TEXT NOT NULL REFERENCES claim(id), source_id TEXT NOT NULL REFERENCES source(id),
              seq INTEGER NOT NULL, PRIMARY KEY (claim_id, source_id)) WITHOUT ROWID""",
            // The catalog in one record (CatalogSnapshot): what a start reads instead of the tables above.
            "CREATE TABLE snapshot (part INTEGER PRIMARY KEY, format INTEGER NOT NULL, data BLOB NOT NULL)");

    private CatalogSchema() {
    }

    /** One column per nutrient (null = not measured) rather than a row each: a sixth of the rows to write and read. */
    static String nutrientColumn(Nutrient nutrient) {
        return "n_" + nutrient.name().toLowerCase(Locale.ROOT);
    }

    private static String nutrientColumns() {
        return Arrays.stream(Nutrient.values()).map(n -> nutrientColumn(n) + " REAL")
                .collect(Collectors.joining(", "));
    }
}
