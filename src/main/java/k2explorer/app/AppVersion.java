package k2explorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import k2explorer.i18n.Messages;

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
            // shown as "development build" below
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? Messages.get("about.devBuild") : v;
    }
}
