package k2explorer.mine.store;

import java.util.List;

/**
 * The user data file's schema as ordered migrations; {@code PRAGMA user_version} records how far a file has come.
 * Never edit a released step: add the next one.
 */
public final class UserDataSchema {
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, List.of("""
                    CREATE TABLE my_food (
                      id TEXT PRIMARY KEY, name TEXT NOT NULL, food_group TEXT NOT NULL, source_text TEXT NOT NULL,
                      created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX my_food_name ON my_food(name COLLATE NOCASE)",
                    """
                    CREATE TABLE my_food_value (
                      food_id TEXT NOT NULL REFERENCES my_food(id) ON DELETE CASCADE, form TEXT NOT NULL,
                      ug_per_100g REAL NOT NULL CHECK (ug_per_100g >= 0 AND ug_per_100g <= 100000),
                      PRIMARY KEY (food_id, form))""",
                    """
                    CREATE TABLE my_food_portion (
                      food_id TEXT NOT NULL REFERENCES my_food(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
                      label TEXT NOT NULL, grams REAL NOT NULL CHECK (grams > 0), PRIMARY KEY (food_id, seq))""")),
            new Migration(2, List.of("""
                    CREATE TABLE plan (
                      id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL,
                              updated_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX plan_name ON plan(name COLLATE NOCASE)",
                    """
                    CREATE TABLE plan_item (
                      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
                      food_id TEXT NOT NULL, food_name TEXT NOT NULL, amount REAL NOT NULL CHECK (amount > 0),
                      unit TEXT NOT NULL CHECK (unit IN ('GRAMS', 'SERVINGS')), portion_label TEXT,
                      portion_grams REAL CHECK (portion_grams IS NULL OR portion_grams > 0),
                      PRIMARY KEY (plan_id, seq))""")),
            // Plans gain a date so a week of them can be shown for steady intake.
            new Migration(3, List.of("ALTER TABLE plan ADD COLUMN plan_date TEXT",
                    "CREATE INDEX plan_by_date ON plan(plan_date)")));

    public static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private UserDataSchema() {
    }
}
