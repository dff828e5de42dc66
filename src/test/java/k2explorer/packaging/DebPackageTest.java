package k2explorer.packaging;

import k2explorer.install.ClassDataArchive;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds one .deb with the installer profile's own arguments ({@link Installer#arguments}) and reads it back with
 * dpkg-deb: control fields, the files it installs, the menu entry and the maintainer scripts. Tagged "slow"
 * (-Pquick leaves it out); skipped, with the reason, without jpackage, the JDK's jmods, dpkg-deb or fakeroot.
 *
 * <p>To stay quick the app image it packages is a small one — the app's launcher class and a runtime of java.base
 * only, uncompressed — because what is under test is the packaging, not the app; the full image's .deb was
 * installed and run by hand (README, "Installers").
 */
@Tag("slow")
class DebPackageTest {
    private static final String INSTALLED = "/opt/k2-explorer";
    private static final String LAUNCHER = INSTALLED + "/bin/K2Explorer";
    private static final String DESKTOP = INSTALLED + "/lib/k2-explorer-K2Explorer.desktop";
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    static Path work;
    private static String version;
    private static Path deb;
    /** Path (without the leading ".") to its mode string, e.g. "-rwxr-xr-x". */
    private static final Map<String, String> files = new LinkedHashMap<>();
    private static Path root;
    private static Path control;

    @BeforeAll
    static void buildTheDeb() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"), "a .deb is made on Linux");
        assumeTrue(Files.isExecutable(jpackage), "this JDK has no jpackage (" + jpackage + ")");
        assumeTrue(Files.isDirectory(Path.of(System.getProperty("java.home"), "jmods")),
                "this JDK has no jmods folder, which jpackage needs to make the runtime");
        assumeTrue(Installer.onPath("dpkg-deb") && Installer.onPath("fakeroot"), "dpkg-deb and fakeroot are needed for a .deb");
        version = InstallerTest.installerVersion();

        Path input = Files.createDirectories(work.resolve("input"));
        writeLauncherJar(input.resolve("k2-explorer.jar"));
        run(work.resolve("image.log"), Map.of(), jpackage.toString(), "--type", "app-image", "--name", Installer.NAME,
                "--app-version", version, "--vendor", Installer.VENDOR, "--input", input.toString(),
                "--main-jar", "k2-explorer.jar", "--main-class", "k2explorer.Launcher",
                "--icon", InstallerTest.PACKAGING.resolve("k2-explorer.png").toString(),
                "--add-modules", "java.base", "--jlink-options", "--strip-debug --no-man-pages --no-header-files",
                "--dest", work.resolve("image").toString());

        Path out = work.resolve("installer");
        List<String> command = new ArrayList<>(List.of(jpackage.toString()));
        command.addAll(Installer.arguments(Installer.Type.DEB, Installer.appImage(work.resolve("image"), "Linux"),
                out, version, InstallerTest.PACKAGING));
        // compression only costs time here (dpkg-deb 1.21.10+ reads this; older ones compress as usual)
        run(work.resolve("deb.log"), Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"), command.toArray(String[]::new));
        try (var made = Files.list(out)) {
            List<Path> debs = made.filter(p -> p.toString().endsWith(".deb")).toList();
            assertEquals(1, debs.size(), "one .deb in " + out + ": " + debs);
            deb = debs.get(0);
        }

        for (String line : run(work.resolve("contents.log"), Map.of(), "dpkg-deb", "-c", deb.toString()).split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 6) {
                String path = cells[5].startsWith("./") ? cells[5].substring(1) : cells[5];
                files.put(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path, cells[0]);
            }
        }
        root = work.resolve("root");
        control = work.resolve("control");
        run(work.resolve("extract.log"), Map.of(), "dpkg-deb", "-x", deb.toString(), root.toString());
        run(work.resolve("control.log"), Map.of(), "dpkg-deb", "-e", deb.toString(), control.toString());
    }

    @Test
    void controlFieldsNameTheAppItsVersionVendorAndWhatItNeeds() throws Exception {
        assertEquals("k2-explorer_" + version + "-1_" + architecture() + ".deb", deb.getFileName().toString());
        assertEquals("k2-explorer", field("Package"));
        assertEquals(version + "-1", field("Version"), "the version comes from pom.xml");
        assertEquals(architecture(), field("Architecture"));
        assertEquals(Installer.VENDOR + " <" + Installer.MAINTAINER_EMAIL + ">", field("Maintainer"));
        assertEquals(Installer.DESCRIPTION, field("Description"));
        assertEquals("science", field("Section"));
        assertTrue(Arrays.asList(field("Depends").split(",\\s*")).contains("xdg-utils"),
                "xdg-desktop-menu puts the entry in the menu: " + field("Depends"));
    }

    @Test
    void itInstallsTheLauncherIconMenuEntryRuntimeAndLicenceUnderOptOnly() {
        assertTrue(files.getOrDefault(LAUNCHER, "").matches("-rwxr-xr-x"), "launcher " + files.get(LAUNCHER));
        for (String file : List.of(INSTALLED + "/lib/K2Explorer.png", DESKTOP, INSTALLED + "/lib/app/K2Explorer.cfg",
                INSTALLED + "/lib/app/k2-explorer.jar", INSTALLED + "/lib/runtime/release",
                INSTALLED + "/lib/runtime/lib/libjava.so", INSTALLED + "/share/doc/copyright")) {
            assertTrue(files.getOrDefault(file, "").startsWith("-"), file + " is in the package");
        }
        List<String> elsewhere = files.keySet().stream()
                .filter(f -> !f.equals("/") && !f.equals("/opt") && !f.equals(INSTALLED) && !f.startsWith(INSTALLED + "/"))
                .toList();
        assertEquals(List.of(), elsewhere, "everything goes under " + INSTALLED);
        assertTrue(files.values().stream().noneMatch(mode -> mode.charAt(8) == 'w'), "nothing is writable by everyone");
    }

    @Test
    void theMenuEntryStartsTheInstalledLauncherAndShowsTheIcon() throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve(DESKTOP.substring(1)), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                entry.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        assertEquals(LAUNCHER, entry.get("Exec"), "the entry runs the installed launcher");
        assertTrue(files.getOrDefault(entry.get("Exec"), "").startsWith("-rwx"), "the launcher the entry runs is installed");
        assertTrue(files.containsKey(entry.get("Icon")), "its icon is installed: " + entry.get("Icon"));
        assertArrayEquals(Files.readAllBytes(InstallerTest.PACKAGING.resolve("k2-explorer.png")),
                Files.readAllBytes(root.resolve(entry.get("Icon").substring(1))), "the app's icon");
        assertEquals("K2 Explorer", entry.get("Name"));
        assertEquals("Application", entry.get("Type"));
        assertEquals(List.of("Education", "Science"), Arrays.asList(entry.get("Categories").split(";")));
        assertFalse(entry.containsValue("APPLICATION_LAUNCHER") || entry.containsValue("DEPLOY_BUNDLE_CATEGORY"),
                "every placeholder is filled in: " + entry);
    }

    @Test
    void theScriptsRegisterTheMenuEntryAndLeaveEveryonesDataAlone() throws IOException {
        String postinst = Files.readString(control.resolve("postinst"));
        String prerm = Files.readString(control.resolve("prerm"));
        // xdg-desktop-menu fails where the standard menu folders are missing (minimal systems): they are made first
        assertTrue(postinst.contains("mkdir -p /usr/share/applications /usr/share/desktop-directories\n"
                + "xdg-desktop-menu install " + DESKTOP + "\n"), postinst);
        assertTrue(prerm.contains("xdg-desktop-menu uninstall " + DESKTOP + " || true\n"), "a removal never fails: " + prerm);
        // the class-data archive is made for the installed folder, never fails the install, and goes with the app
        assertTrue(postinst.contains("k2explorer.install.ClassDataArchive " + INSTALLED + " K2Explorer \"$log\" || true"),
                postinst);
        assertTrue(prerm.contains("rm -f " + INSTALLED + "/lib/app/k2-explorer.jsa"), prerm);
        for (String script : List.of("preinst", "postinst", "prerm", "postrm")) {
            String text = Files.readString(control.resolve(script));
            for (String home : List.of("HOME", "~", ".local", "XDG_DATA_HOME", "/home", "/root")) {
                assertFalse(text.contains(home), script + " never reaches into a data folder (" + home + ")");
            }
        }
        String copyright = Files.readString(root.resolve(INSTALLED.substring(1) + "/share/doc/copyright"));
        assertTrue(copyright.contains("K2 Explorer - licence and notices"), "the licence file is in the package");
    }

    private static String field(String name) throws Exception {
        return run(work.resolve("field.log"), Map.of(), "dpkg-deb", "-f", deb.toString(), name).trim();
    }

    private static String architecture() throws Exception {
        return run(work.resolve("arch.log"), Map.of(), "dpkg", "--print-architecture").trim();
    }

    /** The launcher class only: jpackage needs a main jar; nothing here starts it. */
    private static void writeLauncherJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "k2explorer.Launcher");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("k2explorer/Launcher.class"));
            out.write(Files.readAllBytes(Path.of("target/classes/k2explorer/Launcher.class")));
            out.closeEntry();
        }
    }

    /** Runs a command; its output (also kept in {@code log}) is returned; a failure shows the end of it. */
    private static String run(Path log, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        if (!finished || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + (finished ? " ended with " + process.exitValue()
                    : " took over " + TIMEOUT_SECONDS + " s") + ":\n" + output.substring(Math.max(0, output.length() - 3000)));
        }
        return output;
    }
}
