package k2explorer.catalog.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
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
import k2explorer.catalog.sources.CatalogContent;
import k2explorer.storage.Sql;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;
import k2explorer.studies.Verdict;

/**
 * The catalog (foods with their values, portions, nutrients and reported measures; sources; families; codes) and the
 * studies with their claims as one compact record, kept in the catalog file's {@code snapshot} table.
 * {@link CatalogWriter} encodes it from the same content it writes into the tables, in the same transaction; a start
 * reads its parts and decodes them here instead of ~50,000 rows through the SQLite driver. The tables stay the
 * catalog's full form: a snapshot that is missing, of another schema version or data hash than the file's meta, or
 * that fails its checksum or its decoding is left aside (with a log line) and the tables are read as before. What it
 * holds reads back equal to what the tables give (CatalogSnapshotTest).
 *
 * <p>Layout: magic, the schema version ({@link CatalogSchema#VERSION}, i.e. BundledData.SCHEMA_VERSION: the one
 * number to bump when this layout changes; the {@code format} column holds it too), the data hash, the names of the
 * {@link Nutrient}s in the order their amounts follow, the distinct strings, values and portions (each once; a
 * reference is its place, + 1 for strings with 0 for null), the catalog and the studies, and a CRC-32 of everything
 * before it; stored in parts of {@link #PART_BYTES}. Other enums are stored by name; a snapshot whose nutrient names
 * are not the running enum's, in its order, is refused, so reordering or adding one breaks nothing.
 */
final class CatalogSnapshot {
    /**
     * The snapshot is stored in parts of this size: SQLite hands a blob over in one buffer of its own (malloc), and one
     * of ~2 MB would be served by its own mapping and raise glibc's threshold for the next ones, leaving more memory
     * resident after start-up; parts below the 128 KiB threshold reuse the same small buffer.
     */
    static final int PART_BYTES = 64 * 1024;
    /** The most a snapshot may hold: a larger length (a damaged file) is refused before anything is allocated. */
    static final long MAX_BYTES = 64L << 20;
    private static final int MAGIC = 0x4B32_4353; // "K2CS"
    private static final int CRC_BYTES = Integer.BYTES;
    /** Magic, schema version, and the CRC: no snapshot is shorter. */
    private static final int MIN_BYTES = 2 * Integer.BYTES + CRC_BYTES;
    /** Which of a value's statistics follow, one bit each. */
    private static final int HAS_SAMPLES = 1;
    private static final int HAS_STD_ERROR = 2;
    private static final int HAS_MIN = 4;
    private static final int HAS_MAX = 8;
    /** A variable-length number has at most 5 bytes of 7 bits: the last starts at this shift. */
    private static final int LAST_VARINT_SHIFT = 28;
    private static final Nutrient[] NUTRIENTS = Nutrient.values();
    private static final System.Logger LOG = System.getLogger(CatalogSnapshot.class.getName());

    private CatalogSnapshot() {
    }

    /** Writes the snapshot of {@code content} into the catalog file being built (inside the writer's transaction). */
    static void write(Connection c, DataVersion version, CatalogContent content) throws SQLException {
        byte[] bytes = encode(content, version.hash());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO snapshot (part, format, data) VALUES (?, ?, ?)")) {
            for (int from = 0, part = 0; from < bytes.length; from += PART_BYTES, part++) {
                Sql.addRow(p, part, CatalogSchema.VERSION,
                        Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_BYTES)));
            }
            p.executeBatch();
        }
    }

    /**
     * The catalog and the studies from the file's snapshot, or null (logged) when it has none this app can use: the
     * caller then reads the tables. {@code meta} is the file's meta (its schema version, food count); {@code version}
     * carries its data hash.
     */
    static CatalogReader.Stored read(Connection c, Map<String, String> meta, DataVersion version) {
        return read(c, meta, version, MAX_BYTES);
    }

    /** {@link #read(Connection, Map, DataVersion)} refusing a snapshot longer than {@code maxBytes}. */
    static CatalogReader.Stored read(Connection c, Map<String, String> meta, DataVersion version, long maxBytes) {
        try {
            byte[] bytes = bytes(c, maxBytes);
            if (bytes == null) {
                return null;
            }
            if (!String.valueOf(CatalogSchema.VERSION).equals(meta.get("schema_version"))) {
                throw new CatalogException("the file's meta has schema version " + meta.get("schema_version")
                        + ", not " + CatalogSchema.VERSION);
            }
            CatalogReader.Stored stored = decode(bytes, version);
            int foods = stored.catalog().foods().size();
            String foodCount = meta.get(CatalogWriter.FOOD_COUNT);
            if (!String.valueOf(foods).equals(foodCount)) {
                throw new CatalogException("it holds " + foods + " foods, " + foodCount + " were written");
            }
            return stored;
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The catalog file's snapshot could not be read; reading its tables "
                    + "instead", e);
            return null;
        }
    }

    /** The snapshot's parts put together, or null (logged) when there is none of this schema version. */
    private static byte[] bytes(Connection c, long maxBytes) throws SQLException {
        long parts;
        long length;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*), total(length(data)), min(format), "
                + "max(format) FROM snapshot"); ResultSet rs = p.executeQuery()) {
            rs.next();
            parts = rs.getLong(1);
            length = rs.getLong(2);
            if (parts > 0 && (rs.getInt(3) != CatalogSchema.VERSION || rs.getInt(4) != CatalogSchema.VERSION)) {
                LOG.log(System.Logger.Level.INFO, "The catalog file's snapshot is of schema version "
                        + rs.getInt(4) + ", not " + CatalogSchema.VERSION + "; reading its tables");
                return null;
            }
        }
        if (parts == 0) {
            LOG.log(System.Logger.Level.INFO, "The catalog file has no snapshot; reading its tables");
            return null;
        }
        if (length > parts * PART_BYTES || length > maxBytes) {
            throw new CatalogException("the catalog snapshot's " + parts + " parts hold " + length + " bytes");
        }
        byte[] bytes = new byte[(int) length];
        int at = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT data FROM snapshot ORDER BY part");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                byte[] part = rs.getBytes(1);
                System.arraycopy(part, 0, bytes, at, part.length);
                at += part.length;
            }
        }
        return bytes;
    }

    /** The snapshot's bytes for {@code content}: what the tables hold, in the order the reader gives it. */
    static byte[] encode(CatalogContent content, String dataHash) {
        try {
            Out out = new Out(dataHash);
            out.count(content.sources().size());
            for (Source s : content.sources()) {
                out.strings(s.id(), s.kind().name(), s.shortLabel(), s.citation(), s.doi(), s.pmid(), s.url(),
                        s.whatWasRead());
                out.data.writeBoolean(s.industryAffiliated());
                out.string(s.caveat());
            }
            out.count(content.foods().size());
            for (Food f : content.foods()) {
                writeFood(out, f);
            }
            out.count(content.families().size());
            for (FoodFamily family : content.families()) {
                out.strings(family.id(), family.name());
                out.count(family.members().size());
                for (String foodId : family.members()) {
                    out.string(foodId);
                    out.data.writeBoolean(family.isSameFood(foodId));
                    // as the family_member table holds it: a member without a note has an empty one
                    out.string(family.notes().getOrDefault(foodId, ""));
                }
            }
            writeMap(out, content.codes().sourceCodes());
            writeMap(out, content.codes().derivationCodes());
            writeStudies(out, content.studies());
            return out.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: never
        }
    }

    private static void writeFood(Out out, Food f) throws IOException {
        out.strings(f.id(), f.name(), f.group(), f.origin().name(), f.sourceId(), f.familyId(),
                f.exclusion() == null ? null : f.exclusion().name(), f.otherNames());
        // which nutrients follow: one bit each, eight a byte, in the order of the names in the header
        for (int from = 0; from < NUTRIENTS.length; from += Byte.SIZE) {
            int present = 0;
            for (int n = from; n < Math.min(NUTRIENTS.length, from + Byte.SIZE); n++) {
                present |= f.nutrients().get(NUTRIENTS[n]) == null ? 0 : 1 << (n - from);
            }
            out.data.writeByte(present);
        }
        for (Nutrient n : NUTRIENTS) {
            Double amount = f.nutrients().get(n);
            if (amount != null) {
                out.data.writeDouble(amount);
            }
        }
        out.count(f.values().size());
        for (KValue v : f.values()) {
            out.count(out.values.place(v));
        }
        // the tables give a food's portions by their seq
        List<Portion> portions = new ArrayList<>(f.portions());
        portions.sort(Comparator.comparingInt(Portion::seq));
        out.count(portions.size());
        for (Portion p : portions) {
            out.count(out.portions.place(p));
        }
        out.count(f.reportedMeasures().size());
        for (ReportedMeasure r : f.reportedMeasures()) {
            out.strings(r.measure(), r.value(), r.unit(), r.valueKind(), r.samples(), r.sourceId(), r.note());
        }
    }

    private static void writeValue(Out out, KValue v) throws IOException {
        DataOutputStream data = out.values.data;
        out.strings(data, v.form().name(), v.state().name());
        data.writeDouble(v.amount());
        out.strings(data, v.kind().name(), v.sourceId(), v.evidence().name());
        ValueStats stats = v.stats();
        data.writeByte((stats.samples() == null ? 0 : HAS_SAMPLES)
                | (stats.standardError() == null ? 0 : HAS_STD_ERROR) | (stats.min() == null ? 0 : HAS_MIN)
                | (stats.max() == null ? 0 : HAS_MAX));
        if (stats.samples() != null) {
            data.writeInt(stats.samples());
        }
        for (Double d : new Double[] {stats.standardError(), stats.min(), stats.max()}) {
            if (d != null) {
                data.writeDouble(d);
            }
        }
        out.strings(data, stats.sourceCode(), stats.derivationCode(), stats.lastChanged());
        Out.varint(data, v.originIds().size());
        for (String origin : v.originIds()) {
            out.strings(data, origin);
        }
        out.strings(data, v.attribution() == null ? null : v.attribution().name(), v.samples(), v.note());
    }

    private static void writePortion(Out out, Portion p) throws IOException {
        DataOutputStream data = out.portions.data;
        Out.varint(data, p.seq());
        data.writeDouble(p.amount());
        out.strings(data, p.measure());
        data.writeDouble(p.grams());
        out.strings(data, p.sourceId());
    }

    private static void writeStudies(Out out, StudyCatalog catalog) throws IOException {
        out.count(catalog.studies().size());
        for (Study s : catalog.studies()) {
            out.strings(s.key(), s.label(), s.citation(), s.doi(), s.pmid(), s.topic().name(), s.design().name(),
                    s.population());
            out.optional(s.participants());
            out.string(s.form().name());
            out.optional(s.dosePerDayMicrograms());
            out.strings(s.doseText(), s.duration(), s.outcomes(), s.mainResult(), s.limitations(), s.grade().name(),
                    s.gradeReason(), s.summary(), s.readWhere());
            out.data.writeBoolean(s.verified());
            out.strings(s.citedBySeed(), s.fundingNote(), s.trial());
        }
        out.count(catalog.claims().size());
        for (Claim c : catalog.claims()) {
            out.string(c.id());
            out.list(c.inventoryIds());
            out.string(c.kind().name());
            out.data.writeBoolean(c.safety());
            out.string(c.text());
            out.list(c.seeds());
            out.strings(c.seedFigure(), c.verdict().name(), c.why(), c.takeaway());
            out.list(c.studiesFor());
            out.list(c.studiesAgainst());
            out.list(c.studiesContext());
            out.list(c.foodIds());
            out.list(c.sourceKeys());
            out.string(c.panel());
            out.optional(c.seedTableRow());
        }
    }

    private static void writeMap(Out out, Map<String, String> map) throws IOException {
        out.count(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.strings(e.getKey(), e.getValue());
        }
    }

    /**
     * The catalog and the studies a snapshot holds. A snapshot that is cut short, altered (its checksum) or not one at
     * all is a {@link CatalogException}; so is an unknown enum name or a value a record refuses.
     */
    static CatalogReader.Stored decode(byte[] bytes, DataVersion version) {
        try {
            return new In(bytes, version.hash()).catalog(version);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new CatalogException("the catalog snapshot cannot be decoded: " + e, e);
        }
    }

    /**
     * The catalog written with its strings, values and portions gathered into tables of distinct ones (a reference is
     * a place in its table), put together as one byte array by {@link #toBytes}. Counts and references are
     * variable-length (7 bits a byte).
     */
    private static final class Out {
        private final String dataHash;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        final DataOutputStream data = new DataOutputStream(bytes);
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        final Table<KValue> values = new Table<>(CatalogSnapshot::writeValue);
        final Table<Portion> portions = new Table<>(CatalogSnapshot::writePortion);

        Out(String dataHash) {
            this.dataHash = dataHash;
        }

        void count(int n) throws IOException {
            varint(data, n);
        }

        void string(String s) throws IOException {
            strings(data, s);
        }

        void strings(String... all) throws IOException {
            strings(data, all);
        }

        void strings(DataOutputStream to, String... all) throws IOException {
            for (String s : all) {
                varint(to, s == null ? 0 : strings.computeIfAbsent(s, k -> strings.size() + 1));
            }
        }

        void list(List<String> all) throws IOException {
            count(all.size());
            for (String s : all) {
                string(s);
            }
        }

        void optional(Integer n) throws IOException {
            data.writeBoolean(n != null);
            if (n != null) {
                data.writeInt(n);
            }
        }

        void optional(Double d) throws IOException {
            data.writeBoolean(d != null);
            if (d != null) {
                data.writeDouble(d);
            }
        }

        static void varint(DataOutputStream to, int n) throws IOException {
            while ((n & ~0x7F) != 0) {
                to.writeByte(n & 0x7F | 0x80);
                n >>>= 7;
            }
            to.writeByte(n);
        }

        byte[] toBytes() throws IOException {
            ByteArrayOutputStream whole = new ByteArrayOutputStream(bytes.size() + (1 << 20));
            DataOutputStream out = new DataOutputStream(whole);
            out.writeInt(MAGIC);
            out.writeInt(CatalogSchema.VERSION);
            utf8(out, dataHash);
            varint(out, NUTRIENTS.length);
            for (Nutrient n : NUTRIENTS) {
                utf8(out, n.name());
            }
            varint(out, strings.size());
            for (String s : strings.keySet()) {
                utf8(out, s);
            }
            values.writeTo(out);
            portions.writeTo(out);
            data.flush();
            bytes.writeTo(out);
            CRC32 crc = new CRC32();
            crc.update(whole.toByteArray());
            out.writeInt((int) crc.getValue());
            out.flush();
            return whole.toByteArray();
        }

        private static void utf8(DataOutputStream out, String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(out, utf8.length);
            out.write(utf8);
        }

        /** Distinct items, each written once when first seen. */
        final class Table<T> {
            private final Map<T, Integer> places = new HashMap<>();
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
            final DataOutputStream data = new DataOutputStream(bytes);
            private final Writer<T> writer;

            Table(Writer<T> writer) {
                this.writer = writer;
            }

            int place(T item) throws IOException {
                Integer place = places.get(item);
                if (place == null) {
                    place = places.size();
                    places.put(item, place);
                    writer.write(Out.this, item);
                }
                return place;
            }

            void writeTo(DataOutputStream out) throws IOException {
                varint(out, places.size());
                data.flush();
                bytes.writeTo(out);
            }
        }
    }

    private interface Writer<T> {
        void write(Out out, T item) throws IOException;
    }

    /** Reads what {@link Out} wrote; equal values, portions, statistics and lists are kept once, as the reader does. */
    private static final class In {
        private final ByteBuffer in;
        private final String[] strings;
        private final KValue[] values;
        private final Portion[] portions;
        private final Interner shared = new Interner();

        In(byte[] bytes, String dataHash) {
            if (bytes.length < MIN_BYTES) {
                throw new CatalogException("the catalog snapshot is cut short (" + bytes.length + " bytes)");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - CRC_BYTES);
            in = ByteBuffer.wrap(bytes);
            if (in.getInt(bytes.length - CRC_BYTES) != (int) crc.getValue()) {
                throw new CatalogException("the catalog snapshot fails its checksum");
            }
            if (in.getInt() != MAGIC) {
                throw new CatalogException("the catalog snapshot does not start as one");
            }
            int schema = in.getInt();
            if (schema != CatalogSchema.VERSION) {
                throw new CatalogException("the catalog snapshot is of schema version " + schema + ", not "
                        + CatalogSchema.VERSION);
            }
            String hash = utf8(bytes);
            if (!hash.equals(dataHash)) {
                throw new CatalogException("the catalog snapshot was built from data " + hash + ", the file's meta "
                        + "says " + dataHash);
            }
            String[] nutrients = new String[count()];
            for (int n = 0; n < nutrients.length; n++) {
                nutrients[n] = utf8(bytes);
            }
            if (!Arrays.equals(nutrients, Arrays.stream(NUTRIENTS).map(Nutrient::name).toArray(String[]::new))) {
                throw new CatalogException("the catalog snapshot holds the nutrients " + Arrays.toString(nutrients)
                        + ", this app " + Arrays.toString(NUTRIENTS));
            }
            strings = new String[count() + 1];
            for (int i = 1; i < strings.length; i++) {
                strings[i] = utf8(bytes);
            }
            shared.shared(ValueStats.NONE);
            values = new KValue[count()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value();
            }
            portions = new Portion[count()];
            for (int i = 0; i < portions.length; i++) {
                portions[i] = new Portion(number(), in.getDouble(), string(), in.getDouble(), string());
            }
        }

        private String utf8(byte[] bytes) {
            int length = count();
            String s = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return s;
        }

        CatalogReader.Stored catalog(DataVersion version) {
            int sourceCount = count();
            List<Source> sources = new ArrayList<>(sourceCount);
            for (int i = 0; i < sourceCount; i++) {
                sources.add(new Source(string(), known(SourceKind.class), string(), string(), string(), string(),
                        string(), string(), in.get() != 0, string()));
            }
            int foodCount = count();
            List<Food> foods = new ArrayList<>(foodCount);
            for (int i = 0; i < foodCount; i++) {
                foods.add(food());
            }
            int familyCount = count();
            List<FoodFamily> families = new ArrayList<>(familyCount);
            for (int i = 0; i < familyCount; i++) {
                String id = string();
                String name = string();
                int memberCount = count();
                FamilyMembers members = new FamilyMembers();
                for (int m = 0; m < memberCount; m++) {
                    members.add(string(), in.get() != 0, string());
                }
                families.add(members.family(id, name));
            }
            CodeBook codes = new CodeBook(map(), map());
            StudyCatalog studies = studies();
            if (in.remaining() != CRC_BYTES) {
                throw new CatalogException("the catalog snapshot has " + (in.remaining() - CRC_BYTES)
                        + " bytes left over");
            }
            return new CatalogReader.Stored(new Catalog(foods, sources, families, codes, version), studies);
        }

        private StudyCatalog studies() {
            int studyCount = count();
            List<Study> studies = new ArrayList<>(studyCount);
            for (int i = 0; i < studyCount; i++) {
                studies.add(new Study(string(), string(), string(), string(), string(), known(StudyTopic.class),
                        known(StudyDesign.class), string(), optionalInt(), known(StudyForm.class), optionalDouble(),
                        string(), string(), string(), string(), string(), known(EvidenceGrade.class), string(),
                        string(), string(), in.get() != 0, string(), string(), string()));
            }
            int claimCount = count();
            List<Claim> claims = new ArrayList<>(claimCount);
            for (int i = 0; i < claimCount; i++) {
                claims.add(new Claim(string(), list(), known(ClaimKind.class), in.get() != 0, string(), list(),
                        string(), known(Verdict.class), string(), string(), list(), list(), list(), list(), list(),
                        string(), optionalInt()));
            }
            return new StudyCatalog(studies, claims);
        }

        private Food food() {
            String id = string();
            String name = string();
            String group = string();
            FoodOrigin origin = known(FoodOrigin.class);
            String sourceId = string();
            String familyId = string();
            String exclusion = string();
            String otherNames = string();
            // the header's nutrient names are the running enum's, in its order (checked in the constructor)
            // which nutrients follow, one bit each: read where they stand, then the amounts after them
            int present = in.position();
            in.position(present + (NUTRIENTS.length + Byte.SIZE - 1) / Byte.SIZE);
            double[] nutrients = new double[NUTRIENTS.length];
            for (int n = 0; n < nutrients.length; n++) {
                nutrients[n] = (in.get(present + n / Byte.SIZE) & 1 << n % Byte.SIZE) != 0 ? in.getDouble()
                        : Double.NaN;
            }
            List<KValue> values = list(count(), this.values);
            List<Portion> portions = list(count(), this.portions);
            int reportedCount = count();
            Object[] reported = new Object[reportedCount];
            for (int r = 0; r < reportedCount; r++) {
                reported[r] = new ReportedMeasure(string(), string(), string(), string(), string(), string(),
                        string());
            }
            return new Food(id, name, group, origin, sourceId, values, portions,
                    Nutrient.amounts(nutrients), list(reported), familyId,
                    exclusion == null ? null : CatalogReader.known(RankingExclusion.class, exclusion), otherNames);
        }

        /**
         * {@code n} items of a table, each by its place: an immutable list, equal lists kept once. Most foods have one
         * or two values and portions: those lists hold them without an array.
         */
        private <T> List<T> list(int n, T[] table) {
            List<T> list = switch (n) {
                case 0 -> List.of();
                case 1 -> List.of(table[number()]);
                case 2 -> List.of(table[number()], table[number()]);
                default -> {
                    @SuppressWarnings("unchecked")
                    T[] items = (T[]) new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = table[number()];
                    }
                    yield List.of(items);
                }
            };
            return shared.shared(list);
        }

        private KValue value() {
            KForm form = known(KForm.class);
            ValueState state = known(ValueState.class);
            double amount = in.getDouble();
            ValueKind kind = known(ValueKind.class);
            String sourceId = string();
            EvidenceLevel evidence = known(EvidenceLevel.class);
            int present = in.get();
            Integer samples = (present & HAS_SAMPLES) != 0 ? in.getInt() : null;
            Double standardError = (present & HAS_STD_ERROR) != 0 ? in.getDouble() : null;
            Double min = (present & HAS_MIN) != 0 ? in.getDouble() : null;
            Double max = (present & HAS_MAX) != 0 ? in.getDouble() : null;
            ValueStats stats = shared.shared(new ValueStats(samples, standardError, min, max, string(), string(),
                    string()));
            int originCount = count();
            List<String> origins = List.of();
            if (originCount > 0) {
                String[] ids = new String[originCount];
                for (int o = 0; o < originCount; o++) {
                    ids[o] = string();
                }
                origins = shared.shared(List.of(ids));
            }
            String attribution = string();
            return new KValue(form, state, amount, kind, sourceId, evidence, stats, origins,
                    attribution == null ? null : CatalogReader.known(Attribution.class, attribution), string(),
                    string());
        }

        private List<String> list() {
            String[] all = new String[count()];
            for (int i = 0; i < all.length; i++) {
                all[i] = string();
            }
            return List.of(all);
        }

        private Integer optionalInt() {
            return in.get() != 0 ? in.getInt() : null;
        }

        private Double optionalDouble() {
            return in.get() != 0 ? in.getDouble() : null;
        }

        private Map<String, String> map() {
            int n = count();
            Map<String, String> map = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                map.put(string(), string());
            }
            return map;
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> list(Object[] items) {
            return (List<T>) shared.shared(items.length == 0 ? List.of() : List.of(items));
        }

        /** How many items follow: never more than the bytes left. */
        private int count() {
            int n = number();
            if (n > in.remaining()) {
                throw new CatalogException("the catalog snapshot holds a count of " + n + " where "
                        + in.remaining() + " bytes are left");
            }
            return n;
        }

        /** A variable-length number (a count, a place in a table, a seq: 7 bits a byte, at most 5 bytes). */
        private int number() {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = in.get();
                n |= (b & 0x7F) << shift;
                if (b >= 0) {
                    break;
                }
                if (shift == LAST_VARINT_SHIFT) {
                    throw new CatalogException("the catalog snapshot holds a number that does not end");
                }
            }
            if (n < 0) {
                throw new CatalogException("the catalog snapshot holds a negative number");
            }
            return n;
        }

        private String string() {
            return strings[number()];
        }

        private <E extends Enum<E>> E known(Class<E> type) {
            return CatalogReader.known(type, string());
        }
    }
}
