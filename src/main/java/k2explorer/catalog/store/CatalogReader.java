package k2explorer.catalog.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import k2explorer.catalog.Attribution;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.CodeBook;
import k2explorer.catalog.DataVersion;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.Portion;
import k2explorer.catalog.RankingExclusion;
import k2explorer.catalog.ReportedMeasure;
import k2explorer.catalog.Source;
import k2explorer.catalog.SourceKind;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import k2explorer.storage.SqliteFiles;
import k2explorer.studies.StudyCatalog;

/**
 * Reads a catalog database into memory: one query per table, never one per food. Any value the app does not know
 * (a damaged or foreign file) is a {@link CatalogException}, so the store rebuilds the file instead of failing.
 */
public final class CatalogReader {
    private static final List<String> NO_ORIGINS = List.of();
    private static final Nutrient[] NUTRIENTS = Nutrient.values();

    private CatalogReader() {
    }

    /** The catalog and the studies stored beside it. */
    public record Stored(Catalog catalog, StudyCatalog studies) {
    }

    /** The data hash a catalog file was built from, or empty if the file has none (or is not a catalog). */
    public static Optional<String> dataHash(Path file) throws SQLException {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY);
             PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, "data_hash");
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static Stored read(Path file) throws SQLException {
        // Group names, source ids, portion measures and codes repeat thousands of times: keep one copy of each.
        Map<String, String> pool = new HashMap<>();
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY)) {
            quickCheck(c);
            Map<String, String> meta = meta(c);
            DataVersion version = new DataVersion(meta.getOrDefault("data_label", ""),
                    meta.getOrDefault("data_hash", ""));
            List<Source> sources = sources(c);
            Map<String, List<KValue>> values = values(c, pool);
            Map<String, List<Portion>> portions = new HashMap<>();
            Map<String, List<ReportedMeasure>> reported = new HashMap<>();
            try (ResultSet rs = query(c, "SELECT food_id, seq, amount, measure, grams, source_id FROM portion "
                    + "ORDER BY food_id, seq")) {
                while (rs.next()) {
                    portions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(3)).add(new Portion(
                            rs.getInt(2), rs.getDouble(3), shared(pool, rs.getString(4)), rs.getDouble(5),
                            shared(pool, rs.getString(6))));
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
            String nutrientColumns = Arrays.stream(Nutrient.values()).map(CatalogSchema::nutrientColumn)
                    .collect(Collectors.joining(", "));
            try (ResultSet rs = query(c, "SELECT id, name, food_group, origin, source_id, family_id, exclusion, "
                    + "other_names, " + nutrientColumns + " FROM food ORDER BY seq")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String exclusion = rs.getString(7);
                    double[] nutrients = new double[NUTRIENTS.length];
                    for (int n = 0; n < nutrients.length; n++) {
                        double amount = rs.getDouble(CatalogWriter.FOOD_COLUMNS + 1 + n);
                        nutrients[n] = rs.wasNull() ? Double.NaN : amount;
                    }
                    foods.add(new Food(id, rs.getString(2), shared(pool, rs.getString(3)),
                            known(FoodOrigin.class, rs.getString(4)), shared(pool, rs.getString(5)),
                            values.getOrDefault(id, List.of()), portions.getOrDefault(id, List.of()),
                            Nutrient.amounts(nutrients), reported.getOrDefault(id, List.of()),
                            shared(pool, rs.getString(6)), exclusion == null ? null
                            : known(RankingExclusion.class, exclusion), shared(pool, rs.getString(8))));
                }
            }
            expectCount(meta, CatalogWriter.FOOD_COUNT, foods.size());
            expectCount(meta, CatalogWriter.VALUE_COUNT, values.values().stream().mapToInt(List::size).sum());
            Catalog catalog = new Catalog(foods, sources, families(c), codes(c), version);
            return new Stored(catalog, StudyTables.read(c));
        } catch (RuntimeException e) {
            throw asDamage(e);
        }
    }

    private static Map<String, List<KValue>> values(Connection c, Map<String, String> pool) throws SQLException {
        Map<String, List<KValue>> values = new HashMap<>();
        try (ResultSet rs = query(c, "SELECT food_id, form, state, amount, value_kind, source_id, evidence_level, "
                + "samples, n, std_error, min, max, source_code, derivation_code, last_changed, origins, attribution, "
                + "note FROM k_value ORDER BY rowid")) {
            while (rs.next()) {
                double amount = rs.getDouble(4);
                if (rs.wasNull()) {
                    amount = Double.NaN;
                }
                ValueStats stats = new ValueStats(integer(rs, 9), real(rs, 10), real(rs, 11), real(rs, 12),
                        shared(pool, rs.getString(13)), shared(pool, rs.getString(14)), shared(pool, rs.getString(15)));
                String origins = rs.getString(16);
                String attribution = rs.getString(17);
                values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(3)).add(new KValue(
                        known(KForm.class, rs.getString(2)), known(ValueState.class, rs.getString(3)), amount,
                        known(ValueKind.class, rs.getString(5)), shared(pool, rs.getString(6)),
                        known(EvidenceLevel.class, rs.getString(7)), stats.isEmpty() ? ValueStats.NONE : stats,
                        origins(origins, pool),
                        attribution == null ? null : known(Attribution.class, attribution), shared(pool, rs.getString(8)),
                        shared(pool, rs.getString(18))));
            }
        }
        return values;
    }

    /** The space-separated study ids behind a value, each string kept once. */
    private static List<String> origins(String origins, Map<String, String> pool) {
        if (origins == null || origins.isEmpty()) {
            return NO_ORIGINS;
        }
        String[] ids = origins.split(" ");
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shared(pool, ids[i]);
        }
        return List.of(ids);
    }

    private static List<FoodFamily> families(Connection c) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (ResultSet rs = query(c, "SELECT id, name FROM family ORDER BY seq")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        Map<String, List<String>> same = new HashMap<>();
        Map<String, Map<String, String>> notes = new HashMap<>();
        try (ResultSet rs = query(c, "SELECT family_id, food_id, same_food, note FROM family_member "
                + "ORDER BY family_id, seq")) {
            while (rs.next()) {
                String family = rs.getString(1);
                String food = rs.getString(2);
                members.computeIfAbsent(family, k -> new ArrayList<>()).add(food);
                if (rs.getInt(3) == 1) {
                    same.computeIfAbsent(family, k -> new ArrayList<>()).add(food);
                }
                notes.computeIfAbsent(family, k -> new HashMap<>()).put(food, rs.getString(4));
            }
        }
        List<FoodFamily> families = new ArrayList<>(names.size());
        names.forEach((id, name) -> families.add(new FoodFamily(id, name, members.getOrDefault(id, List.of()),
                same.getOrDefault(id, List.of()), notes.getOrDefault(id, Map.of()))));
        return families;
    }

    private static CodeBook codes(Connection c) throws SQLException {
        Map<String, String> source = new HashMap<>();
        Map<String, String> derivation = new HashMap<>();
        try (ResultSet rs = query(c, "SELECT kind, code, meaning FROM usda_code")) {
            while (rs.next()) {
                ("source".equals(rs.getString(1)) ? source : derivation).put(rs.getString(2), rs.getString(3));
            }
        }
        return new CodeBook(source, derivation);
    }

    private static List<Source> sources(Connection c) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id, kind, short_label, citation, doi, pmid, url, what_read, "
                + "industry_affiliated, caveat FROM source ORDER BY rowid")) {
            while (rs.next()) {
                sources.add(new Source(rs.getString(1), known(SourceKind.class, rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9) == 1, rs.getString(10)));
            }
        }
        return sources;
    }

    /** Fails fast on a damaged file: SQLite's own check of pages and indexes. */
    private static void quickCheck(Connection c) throws SQLException {
        try (ResultSet rs = query(c, "PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new CatalogException("the catalog file is damaged (" + result + ")");
            }
        }
    }

    private static void expectCount(Map<String, String> meta, String key, int actual) {
        String expected = meta.get(key);
        if (expected == null || Integer.parseInt(expected) != actual) {
            throw new CatalogException("the catalog file holds " + actual + " rows for " + key + ", "
                    + expected + " were written");
        }
    }

    /**
     * A value the file holds that this app does not take (an unknown enum name, an amount a record refuses) means
     * the file is not what this version wrote: damage, and the catalog is rebuilt. Anything else (a
     * NullPointerException: every required column is NOT NULL, so it is a bug) is thrown as it is, not hidden by
     * a rebuild.
     */
    static RuntimeException asDamage(RuntimeException e) {
        if (e instanceof CatalogException) {
            return e;
        }
        if (e instanceof IllegalArgumentException) {
            return new CatalogException("the catalog file holds a value this app does not know: " + e.getMessage(),
                    e);
        }
        return e;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        if (name == null) {
            throw new CatalogException("a " + type.getSimpleName() + " is missing");
        }
        return Enum.valueOf(type, name);
    }

    private static String shared(Map<String, String> pool, String text) {
        return text == null ? null : pool.computeIfAbsent(text, t -> t);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
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
