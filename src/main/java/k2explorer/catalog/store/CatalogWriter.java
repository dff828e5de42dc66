package k2explorer.catalog.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.Source;
import k2explorer.catalog.ValueStats;
import k2explorer.catalog.sources.CatalogContent;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.i18n.Messages;

/** Writes parsed catalog content into a new SQLite file in one transaction. */
final class CatalogWriter {
    private static final int BATCH = 2_000;
    /** The food table's columns before the nutrient columns. */
    static final int FOOD_COLUMNS = 8;
    static final String FOOD_COUNT = "food_count";
    static final String VALUE_COUNT = "value_count";

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
                for (String ddl : CatalogSchema.DDL) {
                    s.execute(ddl);
                }
            }
            writeMeta(c, version, content);
            writeSources(c, content);
            progress.progress(0.6, Messages.get("catalog.build.writing"));
            writeFoods(c, content);
            writeFamilies(c, content);
            writeCodes(c, content);
            StudyTables.write(c, content.studies());
            progress.progress(0.9, Messages.get("catalog.build.finishing"));
            c.commit();
        }
    }

    private static void writeMeta(Connection c, DataVersion version, CatalogContent content) throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("data_hash", version.hash());
        meta.put("data_label", version.label());
        meta.put("schema_version", String.valueOf(CatalogSchema.VERSION));
        meta.put("built_at", Instant.now().toString());
        meta.put(FOOD_COUNT, String.valueOf(content.foods().size()));
        meta.put(VALUE_COUNT, String.valueOf(content.foods().stream().mapToInt(f -> f.values().size()).sum()));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : meta.entrySet()) {
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
        String nutrientColumns = Arrays.stream(Nutrient.values()).map(CatalogSchema::nutrientColumn)
                .collect(Collectors.joining(", "));
        String nutrientMarks = ", ?".repeat(Nutrient.values().length);
        try (PreparedStatement food = c.prepareStatement("INSERT INTO food (id, name, food_group, origin, source_id, "
                + "family_id, exclusion, other_names, " + nutrientColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?"
                + nutrientMarks + ")");
             PreparedStatement value = c.prepareStatement("INSERT INTO k_value (food_id, form, state, amount, "
                     + "value_kind, source_id, evidence_level, samples, n, std_error, min, max, source_code, "
                     + "derivation_code, last_changed, origins, attribution, note) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement portion = c.prepareStatement("INSERT INTO portion (food_id, seq, amount, measure, "
                     + "grams, source_id) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement reported = c.prepareStatement("INSERT INTO reported_measure (food_id, measure, "
                     + "value, unit, value_kind, samples, source_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Food f : content.foods()) {
                food.setString(1, f.id());
                food.setString(2, f.name());
                food.setString(3, f.group());
                food.setString(4, f.origin().name());
                food.setString(5, f.sourceId());
                food.setString(6, f.familyId());
                food.setString(7, f.exclusion() == null ? null : f.exclusion().name());
                food.setString(8, f.otherNames());
                for (Nutrient n : Nutrient.values()) {
                    setDouble(food, FOOD_COLUMNS + 1 + n.ordinal(), f.nutrients().get(n));
                }
                food.addBatch();
                for (KValue v : f.values()) {
                    addValue(value, f.id(), v);
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
                    executeAll(food, value, portion, reported);
                    pending = 0;
                }
            }
            executeAll(food, value, portion, reported);
        }
    }

    private static void addValue(PreparedStatement p, String foodId, KValue v) throws SQLException {
        ValueStats stats = v.stats();
        p.setString(1, foodId);
        p.setString(2, v.form().name());
        p.setString(3, v.state().name());
        setDouble(p, 4, Double.isNaN(v.amount()) ? null : v.amount());
        p.setString(5, v.kind().name());
        p.setString(6, v.sourceId());
        p.setString(7, v.evidence().name());
        p.setString(8, v.samples());
        if (stats.samples() == null) {
            p.setNull(9, Types.INTEGER);
        } else {
            p.setInt(9, stats.samples());
        }
        setDouble(p, 10, stats.standardError());
        setDouble(p, 11, stats.min());
        setDouble(p, 12, stats.max());
        p.setString(13, stats.sourceCode());
        p.setString(14, stats.derivationCode());
        p.setString(15, stats.lastChanged());
        p.setString(16, String.join(" ", v.originIds()));
        p.setString(17, v.attribution() == null ? null : v.attribution().name());
        p.setString(18, v.note());
        p.addBatch();
    }

    private static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.REAL);
        } else {
            p.setDouble(index, value);
        }
    }

    private static void writeFamilies(Connection c, CatalogContent content) throws SQLException {
        try (PreparedStatement family = c.prepareStatement("INSERT INTO family (id, name) VALUES (?, ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO family_member (family_id, food_id, same_food, "
                     + "note, seq) VALUES (?, ?, ?, ?, ?)")) {
            for (FoodFamily f : content.families()) {
                family.setString(1, f.id());
                family.setString(2, f.name());
                family.addBatch();
                for (int i = 0; i < f.members().size(); i++) {
                    String foodId = f.members().get(i);
                    member.setString(1, f.id());
                    member.setString(2, foodId);
                    member.setInt(3, f.isSameFood(foodId) ? 1 : 0);
                    member.setString(4, f.notes().getOrDefault(foodId, ""));
                    member.setInt(5, i);
                    member.addBatch();
                }
            }
            family.executeBatch();
            member.executeBatch();
        }
    }

    private static void writeCodes(Connection c, CatalogContent content) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO usda_code (kind, code, meaning) VALUES (?, ?, ?)")) {
            for (var e : content.codes().sourceCodes().entrySet()) {
                addCode(p, "source", e.getKey(), e.getValue());
            }
            for (var e : content.codes().derivationCodes().entrySet()) {
                addCode(p, "derivation", e.getKey(), e.getValue());
            }
            p.executeBatch();
        }
    }

    private static void addCode(PreparedStatement p, String kind, String code, String meaning) throws SQLException {
        p.setString(1, kind);
        p.setString(2, code);
        p.setString(3, meaning);
        p.addBatch();
    }

    private static void executeAll(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }
}
