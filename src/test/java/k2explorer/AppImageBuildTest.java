package k2explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's two commands work with a plain JDK on Linux, macOS and Windows: the jpackage app image is opt-in,
 * and when asked for it gets a version and an icon each OS's jpackage accepts.
 */
class AppImageBuildTest {
    private static Document pom;

    @BeforeAll
    static void readPom() throws Exception {
        pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    @Test
    void theDefaultBuildRunsNoJpackage() {
        Element build = child(pom.getDocumentElement(), "build");
        assertTrue(!build.getTextContent().contains("jpackage"), "jpackage is bound outside a profile");
    }

    @Test
    void theAppImageIsAnOptInProfile() {
        Element profile = profile("app-image");
        assertTrue(profile.getTextContent().contains("jpackage"));
        assertEquals(null, child(profile, "activation"), "the app-image profile must be asked for");
    }

    @Test
    void theAppImageVersionStartsAtOneOrMore() {
        String version = property(pom.getDocumentElement(), "app.image.version");
        assertTrue(version.matches("\\d+(\\.\\d+){0,2}"), version);
        assertTrue(Integer.parseInt(version.split("\\.")[0]) >= 1, "macOS jpackage rejects " + version);
    }

    @Test
    void eachOsGetsAnIconInItsOwnFormat() throws IOException {
        Map<String, String> icons = new HashMap<>();
        icons.put("linux", property(pom.getDocumentElement(), "app.image.icon"));
        icons.put("windows", property(profile("icon-windows"), "app.image.icon"));
        icons.put("mac", property(profile("icon-mac"), "app.image.icon"));
        assertMagic(icons.get("linux"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        assertMagic(icons.get("windows"), new byte[]{0, 0, 1, 0});
        assertMagic(icons.get("mac"), "icns".getBytes(StandardCharsets.US_ASCII));
        assertEquals("windows", text(child(child(profile("icon-windows"), "activation"), "os"), "family"));
        assertEquals("mac", text(child(child(profile("icon-mac"), "activation"), "os"), "family"));
    }

    private static void assertMagic(String pomPath, byte[] magic) throws IOException {
        Path file = Path.of(pomPath.replace("${project.basedir}/", ""));
        assertTrue(Files.isRegularFile(file), file + " exists");
        byte[] start = Arrays.copyOf(Files.readAllBytes(file), magic.length);
        assertArrayEquals(magic, start, file + " is in the format its OS expects");
    }

    private static Element profile(String id) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (id.equals(text(profile, "id"))) {
                return profile;
            }
        }
        throw new AssertionError("no profile " + id);
    }

    private static String property(Element parent, String name) {
        return text(child(parent, "properties"), name);
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
