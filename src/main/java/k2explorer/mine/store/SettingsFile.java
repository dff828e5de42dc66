package k2explorer.mine.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import k2explorer.storage.AtomicFile;

/**
 * Small settings remembered between runs (the daily target and counted forms), in a properties file in the data
 * folder. Written to a temporary file and renamed, so a crash never leaves half a file.
 */
public final class SettingsFile {
    public static final String FILE_NAME = "preferences.properties";
    private final Path file;

    public SettingsFile(Path directory) {
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
        Properties p = new Properties();
        p.putAll(values);
        AtomicFile.writeText(file, out -> {
            p.store(out, "K2 Explorer settings");
            return null;
        });
    }
}
