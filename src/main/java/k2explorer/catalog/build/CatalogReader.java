package k2explorer.catalog.build;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueKind;

/** Reads a catalog database into memory: one query per table, never one per food. */
public final class CatalogReader {
    private CatalogReader() {
    }

    /** The data hash a catalog file was built from, or empty if the file has none (or is not a catalog). */
    static Optional<String> dataHash(Path file) throws SQLException {
        try (Connection c = SqliteFiles.open(file, true);
             PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, "data_hash");
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static Catalog read(Path file) throws SQLException {
        try (Connection c = SqliteFiles.open(file, true)) {
            Map<String, String> meta = meta(c);
            DataVersion version = new DataVersion(meta.getOrDefault("data_label", ""),
                    meta.getOrDefault("data_hash", ""));
            List<Source> sources = sources(c);
            Map<String, List<KValue>> values = new HashMap<>();
            Map<String, List<Portion>> portions = new HashMap<>();
            Map<String, Map<Nutrient, Double>> nutrients = new HashMap<>();
            Map<String, List<String>> links = new HashMap<>();
            Map<String, List<ReportedMeasure>> reported = new HashMap<>();
            try (ResultSet rs = query(c, "SELECT food_id, form, ug_per_100g, value_kind, samples, source_id, "
                    + "evidence_level, note FROM k_value ORDER BY rowid")) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(new KValue(
                            KForm.valueOf(rs.getString(2)), rs.getDouble(3), ValueKind.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), EvidenceLevel.valueOf(rs.getString(7)),
                            rs.getString(8)));
                }
            }
            try (ResultSet rs = query(c, "SELECT food_id, seq, amount, measure, grams, source_id FROM portion "
                    + "ORDER BY food_id, seq")) {
                while (rs.next()) {
                    portions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(3)).add(new Portion(
                            rs.getInt(2), rs.getDouble(3), rs.getString(4), rs.getDouble(5), rs.getString(6)));
                }
            }
            try (ResultSet rs = query(c, "SELECT food_id, nutrient, amount FROM nutrient")) {
                while (rs.next()) {
                    nutrients.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Nutrient.class))
                            .put(Nutrient.valueOf(rs.getString(2)), rs.getDouble(3));
                }
            }
            try (ResultSet rs = query(c, "SELECT food_id, related_food_id FROM food_link ORDER BY rowid")) {
                while (rs.next()) {
                    links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(rs.getString(2));
                }
            }
            try (ResultSet rs = query(c, "SELECT food_id, measure, value, unit, value_kind, samples, source_id, "
                    + "note FROM reported_measure ORDER BY rowid")) {
                while (rs.next()) {
                    reported.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(new ReportedMeasure(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8)));
                }
            }
            List<Food> foods = new ArrayList<>();
            try (ResultSet rs = query(c, "SELECT id, name, food_group, origin, source_id FROM food ORDER BY seq")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    foods.add(new Food(id, rs.getString(2), rs.getString(3), FoodOrigin.valueOf(rs.getString(4)),
                            rs.getString(5), values.getOrDefault(id, List.of()), portions.getOrDefault(id, List.of()),
                            nutrients.getOrDefault(id, Map.of()), links.getOrDefault(id, List.of()),
                            reported.getOrDefault(id, List.of())));
                }
            }
            return new Catalog(foods, sources, version, StudyTables.read(c));
        }
    }

    private static List<Source> sources(Connection c) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id, kind, short_label, citation, doi, pmid, url, what_read, "
                + "industry_affiliated, caveat FROM source ORDER BY rowid")) {
            while (rs.next()) {
                sources.add(new Source(rs.getString(1), SourceKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9) == 1, rs.getString(10)));
            }
        }
        return sources;
    }

    private static Map<String, String> meta(Connection c) throws SQLException {
        Map<String, String> all = new LinkedHashMap<>();
        try (ResultSet rs = query(c, "SELECT key, value FROM meta")) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
        }
        return all;
    }

    private static ResultSet query(Connection c, String sql) throws SQLException {
        // Closing the ResultSet is enough for sqlite-jdbc; the statement is closed with it.
        PreparedStatement p = c.prepareStatement(sql);
        p.closeOnCompletion();
        return p.executeQuery();
    }
}
