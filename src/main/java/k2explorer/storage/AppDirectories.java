package k2explorer.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where K2 Explorer keeps its files. Tests and portable installs override it with the system property
 * {@value #PROPERTY} or the environment variable {@value #ENV}.
 */
public final class AppDirectories {
    public static final String PROPERTY = "k2explorer.dataDir";
    public static final String ENV = "K2_EXPLORER_DATA_DIR";
    static final String APP_FOLDER = "k2-explorer";

    private AppDirectories() {
    }

    public static Path dataDirectory() {
        return dataDirectory(System.getProperties(), System.getenv());
    }

    static Path dataDirectory(Properties props, Map<String, String> env) {
        String override = props.getProperty(PROPERTY);
        if (isSet(override)) {
            return Path.of(override);
        }
        if (isSet(env.get(ENV))) {
            return Path.of(env.get(ENV));
        }
        String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(props.getProperty("user.home", "."));
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("K2 Explorer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("K2 Explorer");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (isSet(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve(APP_FOLDER);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
