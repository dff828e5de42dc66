package k2explorer.userdata;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Small settings remembered between runs (the daily target and counted forms), in a properties file in the data
 * folder. Written to a temporary file and renamed, so a crash never leaves half a file.
 */
public final class PreferencesFile {
    public static final String FILE_NAME = "preferences.properties";
    private final Path file;

    public PreferencesFile(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved settings; empty when there are none yet. A damaged file is reported, never deleted. */
    public Map<String, String> load() throws IOException {
        Map<String, String> values = new TreeMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged settings file " + file + ": " + e.getMessage(), e);
        }
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }

    public synchronized void save(Map<String, String> values) throws IOException {
        Files.createDirectories(file.getParent());
        Properties p = new Properties();
        p.putAll(values);
        Path temp = Files.createTempFile(file.getParent(), ".preferences-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "K2 Explorer settings");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
