package k2explorer.catalog.build;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.Food;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.Source;

/** Writes parsed catalog content into a new SQLite file in one transaction. */
final class CatalogWriter {
    private static final int BATCH = 2_000;

    private CatalogWriter() {
    }

    static void write(CatalogContent content, DataVersion version, Path file, ProgressListener progress)
            throws SQLException {
        try (Connection c = SqliteFiles.open(file, false)) {
            try (Statement s = c.createStatement()) {
                // A fresh private file that is renamed into place only when complete: no journal needed.
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // USDA foods link to literature foods written after them.
                s.execute("PRAGMA defer_foreign_keys = ON");
                for (String ddl : CatalogSchema.DDL) {
                    s.execute(ddl);
                }
            }
            writeMeta(c, version);
            writeSources(c, content);
            progress.progress(0.6, "Writing foods");
            writeFoods(c, content);
            StudyTables.write(c, content.studies());
            progress.progress(0.9, "Finishing");
            c.commit();
        }
    }

    private static void writeMeta(Connection c, DataVersion version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : Map.of(
                    "data_hash", version.hash(),
                    "data_label", version.label(),
                    "schema_version", String.valueOf(CatalogSchema.VERSION),
                    "built_at", Instant.now().toString()).entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void writeSources(Connection c, CatalogContent content) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO source (id, kind, short_label, citation, doi, "
                + "pmid, url, what_read, industry_affiliated, caveat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Source s : content.sources()) {
                p.setString(1, s.id());
                p.setString(2, s.kind().name());
                p.setString(3, s.shortLabel());
                p.setString(4, s.citation());
                p.setString(5, s.doi());
                p.setString(6, s.pmid());
                p.setString(7, s.url());
                p.setString(8, s.whatWasRead());
                p.setInt(9, s.industryAffiliated() ? 1 : 0);
                p.setString(10, s.caveat());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void writeFoods(Connection c, CatalogContent content) throws SQLException {
        try (PreparedStatement food = c.prepareStatement(
                "INSERT INTO food (id, name, food_group, origin, source_id) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement value = c.prepareStatement("INSERT INTO k_value (food_id, form, ug_per_100g, "
                     + "value_kind, samples, source_id, evidence_level, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement nutrient = c.prepareStatement(
                     "INSERT INTO nutrient (food_id, nutrient, amount) VALUES (?, ?, ?)");
             PreparedStatement portion = c.prepareStatement("INSERT INTO portion (food_id, seq, amount, measure, "
                     + "grams, source_id) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement(
                     "INSERT INTO food_link (food_id, related_food_id) VALUES (?, ?)");
             PreparedStatement reported = c.prepareStatement("INSERT INTO reported_measure (food_id, measure, "
                     + "value, unit, value_kind, samples, source_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Food f : content.foods()) {
                food.setString(1, f.id());
                food.setString(2, f.name());
                food.setString(3, f.group());
                food.setString(4, f.origin().name());
                food.setString(5, f.sourceId());
                food.addBatch();
                for (KValue v : f.values()) {
                    value.setString(1, f.id());
                    value.setString(2, v.form().name());
                    value.setDouble(3, v.microgramsPer100g());
                    value.setString(4, v.kind().name());
                    value.setString(5, v.samples());
                    value.setString(6, v.sourceId());
                    value.setString(7, v.evidence().name());
                    value.setString(8, v.note());
                    value.addBatch();
                }
                for (Map.Entry<Nutrient, Double> n : f.nutrients().entrySet()) {
                    nutrient.setString(1, f.id());
                    nutrient.setString(2, n.getKey().name());
                    nutrient.setDouble(3, n.getValue());
                    nutrient.addBatch();
                }
                for (Portion p : f.portions()) {
                    portion.setString(1, f.id());
                    portion.setInt(2, p.seq());
                    portion.setDouble(3, p.amount());
                    portion.setString(4, p.measure());
                    portion.setDouble(5, p.grams());
                    portion.setString(6, p.sourceId());
                    portion.addBatch();
                }
                for (String related : f.relatedFoodIds()) {
                    link.setString(1, f.id());
                    link.setString(2, related);
                    link.addBatch();
                }
                for (ReportedMeasure r : f.reportedMeasures()) {
                    reported.setString(1, f.id());
                    reported.setString(2, r.measure());
                    reported.setString(3, r.value());
                    reported.setString(4, r.unit());
                    reported.setString(5, r.valueKind());
                    reported.setString(6, r.samples());
                    reported.setString(7, r.sourceId());
                    reported.setString(8, r.note());
                    reported.addBatch();
                }
                if (++pending == BATCH) {
                    executeAll(food, value, nutrient, portion, link, reported);
                    pending = 0;
                }
            }
            executeAll(food, value, nutrient, portion, link, reported);
        }
    }

    private static void executeAll(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }
}
