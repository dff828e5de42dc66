package k2explorer.catalog.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.DataVersion;
import k2explorer.csv.CsvTable;

/**
 * The data files shipped inside the app (copied from the project's shared data, each folder with its README).
 * Their hash decides when the catalog database must be rebuilt.
 */
public final class BundledData {
    static final String USDA_FOODS = "usda-sr28/foods.csv";
    static final String USDA_NUTRIENTS = "usda-sr28/nutrients.csv";
    static final String USDA_PORTIONS = "usda-sr28/portions.csv";
    static final String USDA_REFERENCES = "usda-sr28/references.csv";
    static final String USDA_VALUE_REFERENCES = "usda-sr28/value_references.csv";
    static final String USDA_CODES = "usda-sr28/codes.csv";
    static final String USDA_FOOTNOTES = "usda-sr28/footnotes.csv";
    static final String COMPILED_VALUES = "k2-compiled/menaquinones_compiled.csv";
    static final String COMPILED_SOURCES = "k2-compiled/sources.csv";
    static final String CIQUAL = "ciqual-2020/vitamin_k.csv";
    static final String LIT_MENAQUINONES = "k2-literature/menaquinones.csv";
    static final String LIT_OTHER_VALUES = "k2-literature/other_values.csv";
    static final String LIT_SOURCES = "k2-literature/sources.csv";
    static final String SOURCE_LABELS = "curation/source_labels.csv";
    static final String FOOD_FAMILIES = "curation/food_families.csv";
    static final String RANKING_EXCLUSIONS = "curation/ranking_exclusions.csv";
    public static final String LIT_PORTIONS = "curation/literature_portions.csv";
    public static final String STUDIES = "studies/studies.csv";
    public static final String CLAIMS = "studies/claims.csv";

    /**
     * The version of the catalog tables, of what the builder writes into them and of the snapshot's format (bump it
     * when any of them changes). The data hash includes it, so every installed catalog is rebuilt on the next start;
     * {@code CatalogSchema.VERSION} is this number.
     */
    public static final int SCHEMA_VERSION = 12;

    static final List<String> FILES = List.of(USDA_FOODS, USDA_NUTRIENTS, USDA_PORTIONS, USDA_REFERENCES,
            USDA_VALUE_REFERENCES, USDA_CODES, USDA_FOOTNOTES, COMPILED_VALUES, COMPILED_SOURCES, CIQUAL,
            LIT_MENAQUINONES, LIT_OTHER_VALUES, LIT_SOURCES, SOURCE_LABELS, FOOD_FAMILIES, RANKING_EXCLUSIONS,
            LIT_PORTIONS, STUDIES, CLAIMS);

    private static final String ROOT = "/k2explorer/data/";
    /**
     * The data hash computed when the app was built (by {@code packaging.PrebuiltCatalog}, Maven's process-classes
     * phase), so a start need not read and hash ~5.5 MB of CSV only to find the catalog current.
     */
    static final String PACKAGED_HASH = "/k2explorer/prebuilt/data-hash.properties";
    private static final String HASH_KEY = "sha256";

    /** The files' texts; null until a catalog build needs them (when the version came from the packaged hash). */
    private Map<String, String> texts;
    private final DataVersion version;

    private BundledData(Map<String, String> texts, DataVersion version) {
        this.texts = texts;
        this.version = version;
    }

    /**
     * The bundled data, with the hash computed when the app was built; the files are read only when a catalog build
     * needs them. Without a packaged hash (a build that skipped process-classes) it reads and hashes them now.
     */
    public static BundledData load() {
        String packaged = packagedHash();
        return packaged == null ? readAndHash() : new BundledData(null, new DataVersion(readLabel(), packaged));
    }

    /** Reads every bundled file from the class path and hashes them. */
    public static BundledData readAndHash() {
        return fromBytes(readAll(), readLabel());
    }

    /** Writes the data hash into the prebuilt catalog's directory, where {@link #load()} finds it. */
    public static void writePackagedHash(Path prebuiltDirectory, String hash) throws IOException {
        Path file = prebuiltDirectory.resolve(PACKAGED_HASH.substring(PACKAGED_HASH.lastIndexOf('/') + 1));
        Files.createDirectories(prebuiltDirectory);
        Files.writeString(file, HASH_KEY + "=" + hash + "\n", StandardCharsets.ISO_8859_1);
    }

    private static String packagedHash() {
        try (InputStream in = BundledData.class.getResourceAsStream(PACKAGED_HASH)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String hash = p.getProperty(HASH_KEY, "").strip();
            return hash.isEmpty() ? null : hash;
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, byte[]> readAll() {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (String file : FILES) {
            bytes.put(file, read(file));
        }
        return bytes;
    }

    /** Whether the files' texts have been read (for tests: a start with a current catalog reads none). */
    synchronized boolean textsRead() {
        return texts != null;
    }

    static BundledData fromBytes(Map<String, byte[]> files, String label) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(("schema " + SCHEMA_VERSION).getBytes(StandardCharsets.UTF_8));
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(e.getValue());
            texts.put(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
        }
        return new BundledData(texts, new DataVersion(label, HexFormat.of().formatHex(sha.digest())));
    }

    public DataVersion version() {
        return version;
    }

    public synchronized String text(String file) {
        if (texts == null) {
            texts = new LinkedHashMap<>();
            readAll().forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        }
        String text = texts.get(file);
        if (text == null) {
            throw new CatalogException("bundled data file missing: " + file);
        }
        return text;
    }

    CsvTable table(String file, String... requiredColumns) {
        return CsvTable.parse(file, text(file), List.of(requiredColumns));
    }

    private static byte[] read(String file) {
        try (InputStream in = BundledData.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new CatalogException("bundled data file missing from the app: " + ROOT + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + file, e);
        }
    }

    private static String readLabel() {
        Properties p = new Properties();
        try (InputStream in = BundledData.class.getResourceAsStream(ROOT + "data-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("label", "bundled data");
    }
}
