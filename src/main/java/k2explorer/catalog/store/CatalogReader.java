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

    /**
     * The catalog and the studies from the file's snapshot ({@link CatalogSnapshot}: its size, then its parts) or,
     * when it has none this app can use, from its tables.
     */
    public static Stored read(Path file) throws SQLException {
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.READ_ONLY)) {
            Map<String, String> meta = meta(c);
            DataVersion version = new DataVersion(meta.getOrDefault("data_label", ""),
                    meta.getOrDefault("data_hash", ""));
            Stored stored = CatalogSnapshot.read(c, meta, version);
            return stored != null ? stored : new Stored(readTables(c, meta, version), StudyTables.read(c));
        } catch (RuntimeException e) {
            throw asDamage(e);
        }
    }

    /**
     * The catalog from its tables, row by row: what a file without a usable snapshot gives, and what the snapshot
     * must equal.
     */
    private static Catalog readTables(Connection c, Map<String, String> meta, DataVersion version)
            throws SQLException {
        // Group names, source ids, portions, values and their lists repeat thousands of times: keep one of each.
        Interner shared = new Interner();
        shared.shared(ValueStats.NONE);
        quickCheck(c);
        List<Source> sources = sources(c);
        // Values, portions and reported measures are put with their food by the food's place in the catalog
        // (its seq, joined in), not by a map of food ids: reading leaves little garbage behind.
        int[] seqs = foodSeqs(c);
        PerFood<KValue> values = values(c, seqs, shared);
        PerFood<Portion> portions = new PerFood<>(seqs);
        try (ResultSet rs = query(c, "SELECT f.seq, p.seq, p.amount, p.measure, p.grams, p.source_id "
                + "FROM portion p LEFT JOIN food f ON f.id = p.food_id ORDER BY p.food_id, p.seq")) {
            while (rs.next()) {
                portions.add(rs, shared.shared(new Portion(rs.getInt(2), rs.getDouble(3),
                        shared.shared(rs.getString(4)), rs.getDouble(5), shared.shared(rs.getString(6)))));
            }
        }
        PerFood<ReportedMeasure> reported = new PerFood<>(seqs);
        try (ResultSet rs = query(c, "SELECT f.seq, r.measure, r.value, r.unit, r.value_kind, r.samples, "
                + "r.source_id, r.note FROM reported_measure r LEFT JOIN food f ON f.id = r.food_id "
                + "ORDER BY r.rowid")) {
            while (rs.next()) {
                reported.add(rs, new ReportedMeasure(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        values.group();
        portions.group();
        reported.group();
        List<Food> foods = new ArrayList<>(seqs.length);
        String nutrientColumns = Arrays.stream(Nutrient.values()).map(CatalogSchema::nutrientColumn)
                .collect(Collectors.joining(", "));
        try (ResultSet rs = query(c, "SELECT id, name, food_group, origin, source_id, family_id, exclusion, "
                + "other_names, " + nutrientColumns + " FROM food ORDER BY seq")) {
            while (rs.next()) {
                int place = foods.size();
                String exclusion = rs.getString(7);
                double[] nutrients = new double[NUTRIENTS.length];
                for (int n = 0; n < nutrients.length; n++) {
                    double amount = rs.getDouble(CatalogWriter.FOOD_COLUMNS + 1 + n);
                    nutrients[n] = rs.wasNull() ? Double.NaN : amount;
                }
                foods.add(new Food(rs.getString(1), rs.getString(2), shared.shared(rs.getString(3)),
                        known(FoodOrigin.class, rs.getString(4)), shared.shared(rs.getString(5)),
                        values.of(place, shared), portions.of(place, shared),
                        Nutrient.amounts(nutrients), reported.of(place, shared),
                        shared.shared(rs.getString(6)), exclusion == null ? null
                        : known(RankingExclusion.class, exclusion), shared.shared(rs.getString(8))));
            }
        }
        expectCount(meta, CatalogWriter.FOOD_COUNT, foods.size());
        expectCount(meta, CatalogWriter.VALUE_COUNT, values.read());
        return new Catalog(foods, sources, families(c), codes(c), version);
    }

    /** Every food's seq, in the catalog's order (ascending). */
    private static int[] foodSeqs(Connection c) throws SQLException {
        int[] seqs = new int[256];
        int n = 0;
        try (ResultSet rs = query(c, "SELECT seq FROM food ORDER BY seq")) {
            while (rs.next()) {
                if (n == seqs.length) {
                    seqs = Arrays.copyOf(seqs, n * 2);
                }
                seqs[n++] = rs.getInt(1);
            }
        }
        return Arrays.copyOf(seqs, n);
    }

    private static PerFood<KValue> values(Connection c, int[] seqs, Interner shared) throws SQLException {
        PerFood<KValue> values = new PerFood<>(seqs);
        try (ResultSet rs = query(c, "SELECT f.seq, v.form, v.state, v.amount, v.value_kind, v.source_id, "
                + "v.evidence_level, v.samples, v.n, v.std_error, v.min, v.max, v.source_code, v.derivation_code, "
                + "v.last_changed, v.origins, v.attribution, v.note "
                + "FROM k_value v LEFT JOIN food f ON f.id = v.food_id ORDER BY v.rowid")) {
            while (rs.next()) {
                double amount = rs.getDouble(4);
                if (rs.wasNull()) {
                    amount = Double.NaN;
                }
                ValueStats stats = shared.shared(new ValueStats(integer(rs, 9), real(rs, 10), real(rs, 11),
                        real(rs, 12), shared.shared(rs.getString(13)), shared.shared(rs.getString(14)),
                        shared.shared(rs.getString(15))));
                String attribution = rs.getString(17);
                values.add(rs, shared.shared(new KValue(
                        known(KForm.class, rs.getString(2)), known(ValueState.class, rs.getString(3)), amount,
                        known(ValueKind.class, rs.getString(5)), shared.shared(rs.getString(6)),
                        known(EvidenceLevel.class, rs.getString(7)), stats, origins(rs.getString(16), shared),
                        attribution == null ? null : known(Attribution.class, attribution),
                        shared.shared(rs.getString(8)), shared.shared(rs.getString(18)))));
            }
        }
        return values;
    }

    /** The space-separated study ids behind a value, each string and each list kept once. */
    private static List<String> origins(String origins, Interner shared) {
        if (origins == null || origins.isEmpty()) {
            return NO_ORIGINS;
        }
        String[] ids = origins.split(" ");
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shared.shared(ids[i]);
        }
        return shared.shared(List.of(ids));
    }

    /**
     * Rows of a table read in any order, each with its food's seq in column 1, handed out as one list per food in
     * the order read. A row whose food the file does not hold is counted and left out (as a map by food id did).
     */
    private static final class PerFood<T> {
        private final int[] seqs;
        private Object[] items = new Object[1024];
        private int[] places = new int[1024];
        private int size;
        private int read;
        /** After {@link #group}: each food's items from {@code start[place]} to {@code start[place + 1]}. */
        private int[] start;

        PerFood(int[] seqs) {
            this.seqs = seqs;
        }

        void add(ResultSet rs, T item) throws SQLException {
            read++;
            int seq = rs.getInt(1);
            int place = rs.wasNull() ? -1 : Arrays.binarySearch(seqs, seq);
            if (place < 0) {
                return;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                places = Arrays.copyOf(places, size * 2);
            }
            items[size] = item;
            places[size++] = place;
        }

        /** Rows read, with a food or without. */
        int read() {
            return read;
        }

        /** Sorts the items by food, keeping each food's in the order read (a counting sort). */
        void group() {
            start = new int[seqs.length + 1];
            for (int i = 0; i < size; i++) {
                start[places[i] + 1]++;
            }
            for (int f = 0; f < seqs.length; f++) {
                start[f + 1] += start[f];
            }
            int[] next = Arrays.copyOf(start, seqs.length);
            Object[] sorted = new Object[size];
            for (int i = 0; i < size; i++) {
                sorted[next[places[i]]++] = items[i];
            }
            items = sorted;
            places = null;
        }

        /** The items of the food at this place, an immutable list (equal lists shared). */
        @SuppressWarnings("unchecked")
        List<T> of(int place, Interner shared) {
            int from = start[place];
            int n = start[place + 1] - from;
            List<Object> list = switch (n) {
                case 0 -> List.of();
                case 1 -> List.of(items[from]);
                case 2 -> List.of(items[from], items[from + 1]);
                default -> List.of(Arrays.copyOfRange(items, from, from + n));
            };
            return (List<T>) shared.shared(list);
        }
    }

    private static List<FoodFamily> families(Connection c) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (ResultSet rs = query(c, "SELECT id, name FROM family ORDER BY seq")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, FamilyMembers> members = new HashMap<>();
        try (ResultSet rs = query(c, "SELECT family_id, food_id, same_food, note FROM family_member "
                + "ORDER BY family_id, seq")) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getString(1), k -> new FamilyMembers()).add(rs.getString(2),
                        rs.getInt(3) == 1, rs.getString(4));
            }
        }
        List<FoodFamily> families = new ArrayList<>(names.size());
        names.forEach((id, name) -> families.add(members.getOrDefault(id, new FamilyMembers()).family(id, name)));
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

    static <E extends Enum<E>> E known(Class<E> type, String name) {
        if (name == null) {
            throw new CatalogException("a " + type.getSimpleName() + " is missing");
        }
        return Enum.valueOf(type, name);
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
