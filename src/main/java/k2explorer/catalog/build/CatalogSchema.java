package k2explorer.catalog.build;

import java.util.List;

/**
 * The catalog database's tables. Bump VERSION when the tables or what the builder writes into them change: the
 * data hash includes it, so every installed catalog is rebuilt on the next start.
 */
final class CatalogSchema {
    static final int VERSION = 2;

    static final List<String> DDL = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE source (
              id TEXT PRIMARY KEY, kind TEXT NOT NULL, short_label TEXT NOT NULL, citation TEXT NOT NULL,
              doi TEXT, pmid TEXT, url TEXT, what_read TEXT, industry_affiliated INTEGER NOT NULL, caveat TEXT)""",
            """
            CREATE TABLE food (
              seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, food_group TEXT NOT NULL,
              origin TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id))""",
            """
            CREATE TABLE k_value (
              food_id TEXT NOT NULL REFERENCES food(id), form TEXT NOT NULL,
              ug_per_100g REAL NOT NULL CHECK (ug_per_100g >= 0), value_kind TEXT NOT NULL, samples TEXT,
              source_id TEXT NOT NULL REFERENCES source(id), evidence_level TEXT NOT NULL, note TEXT)""",
            "CREATE INDEX k_value_by_food ON k_value(food_id)",
            "CREATE INDEX k_value_by_form ON k_value(form, ug_per_100g)",
            """
            CREATE TABLE nutrient (
              food_id TEXT NOT NULL REFERENCES food(id), nutrient TEXT NOT NULL, amount REAL NOT NULL,
              PRIMARY KEY (food_id, nutrient)) WITHOUT ROWID""",
            """
            CREATE TABLE portion (
              food_id TEXT NOT NULL REFERENCES food(id), seq INTEGER NOT NULL, amount REAL NOT NULL,
              measure TEXT NOT NULL, grams REAL NOT NULL CHECK (grams > 0), source_id TEXT NOT NULL,
              PRIMARY KEY (food_id, seq)) WITHOUT ROWID""",
            """
            CREATE TABLE food_link (
              food_id TEXT NOT NULL REFERENCES food(id), related_food_id TEXT NOT NULL REFERENCES food(id),
              UNIQUE (food_id, related_food_id))""",
            """
            CREATE TABLE reported_measure (
              food_id TEXT NOT NULL REFERENCES food(id), measure TEXT NOT NULL, value TEXT NOT NULL,
              unit TEXT NOT NULL, value_kind TEXT, samples TEXT, source_id TEXT NOT NULL, note TEXT)""");

    private CatalogSchema() {
    }
}
