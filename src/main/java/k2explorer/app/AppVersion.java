package k2explorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, filled in by Maven when the app is built. */
final class AppVersion {
    private AppVersion() {
    }

    static String get() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/k2explorer/app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // no version: a development build (AboutDialogs.versionInWords)
        }
        String v = p.getProperty("version", "");
        return v.startsWith("${") ? "" : v;
    }
}
