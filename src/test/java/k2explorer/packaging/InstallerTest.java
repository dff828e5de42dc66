package k2explorer.packaging;

import k2explorer.install.ClassDataArchive;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import k2explorer.packaging.Installer.Type;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What each OS's installer is told (no jpackage needed): the same name, version, vendor, description, licence and
 * an icon in the format of its OS; Windows an upgrade code, macOS an identifier, Linux a menu entry in
 * Education/Science. The .deb itself is built and read by {@link DebPackageTest}.
 */
class InstallerTest {
    static final Path PACKAGING = Path.of("src/main/packaging");
    private static final Path IMAGE = Path.of("target/app-image/K2Explorer");
    private static final Path DEST = Path.of("target/installer");

    @Test
    void eachOsMakesItsOwnInstaller() {
        assertEquals(List.of(Type.DEB, Type.RPM), Installer.typesFor("Linux", p -> p.equals("rpmbuild")));
        assertEquals(List.of(Type.DEB), Installer.typesFor("Linux", p -> false));
        assertEquals(List.of(Type.MSI), Installer.typesFor("Windows 11", p -> true));
        assertEquals(List.of(Type.DMG), Installer.typesFor("Mac OS X", p -> true));
        assertEquals(Path.of("target/app-image/K2Explorer.app"), Installer.appImage(Path.of("target/app-image"), "Mac OS X"));
        assertEquals(IMAGE, Installer.appImage(Path.of("target/app-image"), "Linux"));
    }

    @Test
    void everyInstallerCarriesTheSameMetadataAndAnIconOfItsOs() throws IOException {
        Map<Type, byte[]> magic = Map.of(Type.DEB, new byte[]{(byte) 0x89, 'P', 'N', 'G'},
                Type.RPM, new byte[]{(byte) 0x89, 'P', 'N', 'G'}, Type.MSI, new byte[]{0, 0, 1, 0},
                Type.DMG, "icns".getBytes(StandardCharsets.US_ASCII));
        for (Type type : Type.values()) {
            List<String> args = Installer.arguments(type, IMAGE, DEST, "2.3.4", PACKAGING);
            assertEquals(type.jpackageType, value(args, "--type"));
            assertEquals(IMAGE.toString(), value(args, "--app-image"));
            assertEquals("K2Explorer", value(args, "--name"));
            assertEquals("2.3.4", value(args, "--app-version"));
            assertEquals(Installer.VENDOR, value(args, "--vendor"));
            assertEquals(Installer.DESCRIPTION, value(args, "--description"));
            Path licence = Path.of(value(args, "--license-file"));
            assertTrue(Files.readString(licence).startsWith("K2 Explorer - licence and notices"), type + " " + licence);
            Path icon = Path.of(value(args, "--icon"));
            byte[] start = Arrays.copyOf(Files.readAllBytes(icon), magic.get(type).length);
            assertArrayEquals(magic.get(type), start, type + " gets an icon in its OS's format: " + icon);
        }
    }

    @Test
    void linuxPackagesInstallIntoOptWithAMenuEntryInEducationAndScience() throws IOException {
        for (Type type : List.of(Type.DEB, Type.RPM)) {
            List<String> args = Installer.arguments(type, IMAGE, DEST, "1.0.0", PACKAGING);
            assertEquals("k2-explorer", value(args, "--linux-package-name"));
            assertEquals("Education;Science;", value(args, "--linux-menu-group"));
            assertTrue(args.contains("--linux-shortcut"), type + " asks for the menu entry");
            Path template = Path.of(value(args, "--resource-dir")).resolve("K2Explorer.desktop");
            String desktop = Files.readString(template);
            assertTrue(desktop.contains("\nName=K2 Explorer\n"), desktop);
            assertTrue(desktop.contains("\nExec=APPLICATION_LAUNCHER\n"), "jpackage fills in the launcher: " + desktop);
            assertTrue(desktop.contains("\nCategories=DEPLOY_BUNDLE_CATEGORY\n"), desktop);
        }
        assertEquals(Installer.MAINTAINER_EMAIL,
                value(Installer.arguments(Type.DEB, IMAGE, DEST, "1.0.0", PACKAGING), "--linux-deb-maintainer"));
    }

    @Test
    void anRpmUpgradeKeepsTheMenuEntryTheNewVersionInstalled() throws IOException {
        // rpm -U runs the old %preun after the new %post: jpackage's own spec would take the new menu entry away
        String spec = Files.readString(PACKAGING.resolve("linux/k2-explorer.spec"));
        String preun = spec.substring(spec.indexOf("%preun"), spec.indexOf("%clean"));
        String guarded = preun.substring(preun.indexOf("if [ \"$1\" = 0 ]; then"), preun.indexOf("\nfi\n"));
        assertTrue(guarded.contains("DESKTOP_COMMANDS_UNINSTALL") && guarded.contains("rm -f /opt/k2-explorer/lib/app/k2-explorer.jsa"),
                preun);
        String post = spec.substring(spec.indexOf("%post"), spec.indexOf("%preun"));
        assertTrue(post.contains("DESKTOP_COMMANDS_INSTALL") && post.contains("ClassDataArchive /opt/k2-explorer K2Explorer"), post);
    }

    @Test
    void windowsUpgradesInPlaceAndMacOsGetsAnIdentifier() {
        List<String> msi = Installer.arguments(Type.MSI, IMAGE, DEST, "1.0.0", PACKAGING);
        assertEquals("5f0b8a2e-4c1d-4e8b-9a57-2b6c3d9e1f40", value(msi, "--win-upgrade-uuid"),
                "a changed upgrade code would install a second copy beside the old one");
        assertTrue(msi.containsAll(List.of("--win-menu", "--win-shortcut")), msi.toString());
        assertEquals(Installer.VENDOR, value(msi, "--win-menu-group"));
        List<String> dmg = Installer.arguments(Type.DMG, IMAGE, DEST, "1.0.0", PACKAGING);
        assertEquals("k2explorer", value(dmg, "--mac-package-identifier"));
        assertTrue(msi.stream().noneMatch(a -> a.startsWith("--linux")) && dmg.stream().noneMatch(a -> a.startsWith("--linux")));
    }

    @Test
    void aVersionJpackageWouldRejectIsRefusedWithItsReason() {
        for (String bad : List.of("1.0.0-SNAPSHOT", "0.9", "1.2.3.4", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Installer.arguments(Type.DEB, IMAGE, DEST, bad, PACKAGING));
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void theInstallerVersionIsThePomsVersionWithoutItsQualifier() throws Exception {
        assertEquals(pomVersion().replaceFirst("-.*$", ""), installerVersion(),
                "app.image.version (the installers' version) follows <version> in pom.xml");
    }

    @Test
    void theInstallerProfileIsAskedForAndBuildsOnTheAppImage() throws Exception {
        Element profile = null;
        NodeList profiles = pom().getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element candidate = (Element) profiles.item(i);
            if (candidate.getElementsByTagName("id").item(0).getTextContent().equals("installer")) {
                profile = candidate;
            }
        }
        assertTrue(profile != null, "pom.xml has an installer profile");
        assertEquals(0, profile.getElementsByTagName("activation").getLength(), "the installers must be asked for");
        assertEquals(1, profile.getElementsByTagName("requireActiveProfile").getLength(),
                "-Pinstaller without -Papp-image stops with a message");
        assertEquals("app-image", profile.getElementsByTagName("profiles").item(0).getTextContent().trim());
        assertEquals("k2explorer.packaging.Installer", profile.getElementsByTagName("mainClass").item(0).getTextContent().trim());
        NodeList arguments = profile.getElementsByTagName("argument");
        assertEquals("${app.image.version}", arguments.item(2).getTextContent().trim(), "the version comes from the pom");
        assertEquals("true", profile.getElementsByTagName("cds.skip").item(0).getTextContent().trim(),
                "the image's archive, trained in target/, would be dead weight installed elsewhere");
    }

    /** The version the installer profile passes: app.image.version in pom.xml. */
    static String installerVersion() throws Exception {
        Element properties = (Element) pom().getDocumentElement().getElementsByTagName("properties").item(0);
        return properties.getElementsByTagName("app.image.version").item(0).getTextContent().trim();
    }

    private static String pomVersion() throws Exception {
        NodeList children = pom().getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("version")) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml has no version");
    }

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    static String value(List<String> args, String option) {
        int i = args.indexOf(option);
        assertTrue(i >= 0 && i + 1 < args.size(), option + " in " + args);
        return args.get(i + 1);
    }
}
