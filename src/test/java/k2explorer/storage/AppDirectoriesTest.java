package k2explorer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static Properties props(String os, String... extra) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", "/home/ann");
        for (int i = 0; i < extra.length; i += 2) {
            p.setProperty(extra[i], extra[i + 1]);
        }
        return p;
    }

    @Test
    void linuxFollowsXdg() {
        assertEquals(Path.of("/home/ann/.local/share/k2-explorer"),
                AppDirectories.dataDirectory(props("Linux"), Map.of()));
        assertEquals(Path.of("/data/k2-explorer"),
                AppDirectories.dataDirectory(props("Linux"), Map.of("XDG_DATA_HOME", "/data")));
    }

    @Test
    void windowsAndMacUseTheirConventions() {
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming", "K2 Explorer"),
                AppDirectories.dataDirectory(props("Windows 11"), Map.of("APPDATA", "C:/Users/ann/AppData/Roaming")));
        assertEquals(Path.of("/home/ann/Library/Application Support/K2 Explorer"),
                AppDirectories.dataDirectory(props("Mac OS X"), Map.of()));
    }

    @Test
    void thePropertyWinsOverTheEnvironment() {
        assertEquals(Path.of("/tmp/a"), AppDirectories.dataDirectory(props("Linux", AppDirectories.PROPERTY, "/tmp/a"),
                Map.of(AppDirectories.ENV, "/tmp/b")));
        assertEquals(Path.of("/tmp/b"), AppDirectories.dataDirectory(props("Linux"),
                Map.of(AppDirectories.ENV, "/tmp/b")));
    }
}
