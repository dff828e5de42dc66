package k2explorer.catalog.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
import k2explorer.storage.Sql;
import k2explorer.storage.SqliteFiles;

/** Writes parsed catalog content into a new SQLite file in one transaction: its tables and their snapshot. */
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
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_WRITE)) {
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
            CatalogSnapshot.write(c, version, content);
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
                Sql.addRow(p, e.getKey(), e.getValue());
            }
            p.executeBatch();
        }
    }

    private static void writeSources(Connection c, CatalogContent content) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO source (id, kind, short_label, citation, doi, "
                + "pmid, url, what_read, industry_affiliated, caveat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Source s : content.sources()) {
                Sql.addRow(p, s.id(), s.kind().name(), s.shortLabel(), s.citation(), s.doi(), s.pmid(), s.url(),
                        s.whatWasRead(), s.industryAffiliated() ? 1 : 0, s.caveat());
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
                Object[] row = new Object[FOOD_COLUMNS + Nutrient.values().length];
                Object[] fixed = {f.id(), f.name(), f.group(), f.origin().name(), f.sourceId(), f.familyId(),
                    f.exclusion() == null ? null : f.exclusion().name(), f.otherNames()};
                System.arraycopy(fixed, 0, row, 0, FOOD_COLUMNS);
                for (Nutrient n : Nutrient.values()) {
                    row[FOOD_COLUMNS + n.ordinal()] = f.nutrients().get(n);
                }
                Sql.addRow(food, row);
                for (KValue v : f.values()) {
                    addValue(value, f.id(), v);
                }
                for (Portion p : f.portions()) {
                    Sql.addRow(portion, f.id(), p.seq(), p.amount(), p.measure(), p.grams(), p.sourceId());
                }
                for (ReportedMeasure r : f.reportedMeasures()) {
                    Sql.addRow(reported, f.id(), r.measure(), r.value(), r.unit(), r.valueKind(), r.samples(),
                            r.sourceId(), r.note());
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
        Sql.addRow(p, foodId, v.form().name(), v.state().name(), Double.isNaN(v.amount()) ? null : v.amount(),
                v.kind().name(), v.sourceId(), v.evidence().name(), v.samples(), stats.samples(),
                stats.standardError(), stats.min(), stats.max(), stats.sourceCode(), stats.derivationCode(),
                stats.lastChanged(), String.join(" ", v.originIds()),
                v.attribution() == null ? null : v.attribution().name(), v.note());
    }

    private static void writeFamilies(Connection c, CatalogContent content) throws SQLException {
        try (PreparedStatement family = c.prepareStatement("INSERT INTO family (id, name) VALUES (?, ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO family_member (family_id, food_id, same_food, "
                     + "note, seq) VALUES (?, ?, ?, ?, ?)")) {
            for (FoodFamily f : content.families()) {
                Sql.addRow(family, f.id(), f.name());
                for (int i = 0; i < f.members().size(); i++) {
                    String foodId = f.members().get(i);
                    Sql.addRow(member, f.id(), foodId, f.isSameFood(foodId) ? 1 : 0,
                            f.notes().getOrDefault(foodId, ""), i);
                }
            }
            family.executeBatch();
            member.executeBatch();
        }
    }

    private static void writeCodes(Connection c, CatalogContent content) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO usda_code (kind, code, meaning) VALUES (?, ?, ?)")) {
            for (var e : content.codes().sourceCodes().entrySet()) {
                Sql.addRow(p, "source", e.getKey(), e.getValue());
            }
            for (var e : content.codes().derivationCodes().entrySet()) {
                Sql.addRow(p, "derivation", e.getKey(), e.getValue());
            }
            p.executeBatch();
        }
    }

    private static void executeAll(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }
}
