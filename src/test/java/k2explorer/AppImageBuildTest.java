package k2explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import k2explorer.packaging.SqliteNativeLibrary;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's two commands work with a plain JDK on Linux, macOS and Windows: the jpackage app image is opt-in,
 * and when asked for it gets a version and an icon each OS's jpackage accepts.
 *
 * <p>Asks Maven itself, not the text of pom.xml: the Maven installation that runs this build works out the effective
 * model (profiles activated for the OS, properties interpolated) for each OS and with or without {@code -Papp-image},
 * and the test looks at the jpackage command that build would run. Maven decides the OS from {@code os.name} when its
 * classes load, so each OS gets a class loader of its own, loaded while {@code os.name} names that OS.
 */
class AppImageBuildTest {
    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 10";
    private static final String MAC = "Mac OS X";

    @Test
    void theDefaultBuildRunsNoJpackageOnAnyOs() throws Exception {
        for (String os : List.of(LINUX, WINDOWS, MAC)) {
            assertEquals(Optional.empty(), jpackageArguments(effectiveModel(os, List.of())),
                    "a build without -Papp-image runs jpackage on " + os);
        }
    }

    @Test
    void askedForTheAppImageBuildRunsJpackageWithAVersionMacOsAccepts() throws Exception {
        List<String> arguments = jpackageArguments(effectiveModel(LINUX, List.of("app-image"))).orElseThrow(
                () -> new AssertionError("-Papp-image runs no jpackage"));
        assertEquals("app-image", after(arguments, "--type"));
        String version = after(arguments, "--app-version");
        assertTrue(version.matches("\\d+(\\.\\d+){0,2}"), version);
        assertTrue(Integer.parseInt(version.split("\\.")[0]) >= 1, "macOS jpackage rejects " + version);
    }

    @Test
    void eachOsGetsAnIconInItsOwnFormat() throws Exception {
        assertIcon(LINUX, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertIcon(WINDOWS, new byte[] {0, 0, 1, 0});
        assertIcon(MAC, "icns".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theImageLoadsSqlitesNativeLibraryFromItsOwnFolderOnEveryOs() throws Exception {
        for (String os : List.of(LINUX, WINDOWS, MAC)) {
            List<String> arguments = jpackageArguments(effectiveModel(os, List.of("app-image"))).orElseThrow(
                    () -> new AssertionError("-Papp-image runs no jpackage on " + os));
            List<String> options = List.of(after(arguments, "--java-options").split("\\s+"));
            assertTrue(options.contains("-Dorg.sqlite.lib.path=$APPDIR"),
                    os + ": SQLite's library is copied to the temporary folder on every start: " + options);
        }
    }

    /**
     * mvn javafx:run loads SQLite's library from the folder the default build copies it into (process-classes), not
     * through the driver's per-start copy into the temporary folder (with an `uname` process and a byte-by-byte
     * comparison); the benchmark's "run" layout starts the same way.
     */
    @Test
    void javafxRunLoadsSqlitesNativeLibraryFromTheFolderTheBuildPutsItIn() throws Exception {
        Element plugins = child(child(effectiveModel(LINUX, List.of()).getDocumentElement(), "build"), "plugins");
        List<String> runOptions = new ArrayList<>();
        List<String> copiedInto = new ArrayList<>();
        for (Element plugin : children(plugins, "plugin")) {
            if (child(plugin, "artifactId").getTextContent().trim().equals("javafx-maven-plugin")) {
                NodeList options = plugin.getElementsByTagName("option");
                for (int o = 0; o < options.getLength(); o++) {
                    runOptions.add(options.item(o).getTextContent().trim());
                }
            }
            for (Element execution : children(child(plugin, "executions"), "execution")) {
                Element mainClass = child(child(execution, "configuration"), "mainClass");
                if (mainClass != null && mainClass.getTextContent().trim().equals(SqliteNativeLibrary.class.getName())
                        && child(execution, "phase").getTextContent().trim().equals("process-classes")) {
                    NodeList arguments = execution.getElementsByTagName("argument");
                    copiedInto.add(arguments.item(0).getTextContent().trim());
                }
            }
        }
        assertEquals(1, copiedInto.size(), "the default build copies SQLite's library once: " + copiedInto);
        assertTrue(runOptions.contains("-Dorg.sqlite.lib.path=" + copiedInto.get(0)),
                "javafx:run loads it from there: " + runOptions);
    }

    @Test
    void theImagesInputFolderIsEmptiedBeforeTheJarsAreCopiedIntoIt() throws Exception {
        Document model = effectiveModel(LINUX, List.of("app-image"));
        List<String> cleared = new ArrayList<>();
        for (Element plugin : children(child(child(model.getDocumentElement(), "build"), "plugins"), "plugin")) {
            for (Element execution : children(child(plugin, "executions"), "execution")) {
                Element phase = child(execution, "phase");
                NodeList directories = execution.getElementsByTagName("directory");
                if (phase != null && phase.getTextContent().trim().equals("prepare-package")) {
                    for (int d = 0; d < directories.getLength(); d++) {
                        cleared.add(directories.item(d).getTextContent().trim());
                    }
                }
            }
        }
        assertTrue(cleared.stream().anyMatch(d -> d.endsWith("app-input")),
                "a jar left in target/app-input by an earlier build would join the image's class path: " + cleared);
    }

    /**
     * {@code mvn javafx:run} marks the app's JVM as run under Maven ({@code -Dk2explorer.run=maven}) on every JDK: on
     * JDK 24 and later it also gets the JDK's flags for JavaFX, and once those replaced the mark.
     */
    @Test
    void javafxRunMarksTheAppAsRunUnderMavenOnEveryJdk() throws Exception {
        for (String jdk : List.of("17.0.15", "21.0.5", "24.0.1", "25")) {
            List<String> options = javafxRunOptions(effectiveModel(LINUX, List.of(), jdk));
            assertTrue(options.contains("-Dk2explorer.run=maven"), "JDK " + jdk + ": " + options);
            assertEquals(!jdk.startsWith("17") && !jdk.startsWith("21"),
                    options.contains("--enable-native-access=javafx.graphics,ALL-UNNAMED"), "JDK " + jdk + ": " + options);
        }
    }

    /** The JVM options javafx:run gives the app, split at spaces as the plugin splits them. */
    private static List<String> javafxRunOptions(Document model) {
        for (Element plugin : children(child(child(model.getDocumentElement(), "build"), "plugins"), "plugin")) {
            Element artifact = child(plugin, "artifactId");
            if (artifact != null && artifact.getTextContent().trim().equals("javafx-maven-plugin")) {
                List<String> options = new ArrayList<>();
                for (Element option : children(child(child(plugin, "configuration"), "options"), "option")) {
                    String text = option.getTextContent().trim();
                    if (!text.isEmpty()) {
                        options.addAll(List.of(text.split("\\s+")));
                    }
                }
                return options;
            }
        }
        throw new AssertionError("no javafx-maven-plugin in the build");
    }

    private static void assertIcon(String os, byte[] magic) throws Exception {
        List<String> arguments = jpackageArguments(effectiveModel(os, List.of("app-image"))).orElseThrow(
                () -> new AssertionError("-Papp-image runs no jpackage on " + os));
        Path icon = Path.of(after(arguments, "--icon"));
        assertTrue(Files.isRegularFile(icon), os + ": " + icon + " exists");
        byte[] start = Arrays.copyOf(Files.readAllBytes(icon), magic.length);
        assertArrayEquals(magic, start, os + ": " + icon + " is in the format its jpackage expects");
    }

    private static String after(List<String> arguments, String option) {
        int i = arguments.indexOf(option);
        assertTrue(i >= 0 && i + 1 < arguments.size(), "jpackage is given " + option + ": " + arguments);
        return arguments.get(i + 1);
    }

    /**
     * The arguments of the jpackage call among the plugin executions the build runs (project/build/plugins; the
     * effective model still lists every profile, active or not, and the plugin management, which run nothing).
     */
    private static Optional<List<String>> jpackageArguments(Document model) {
        List<Element> executions = new ArrayList<>();
        for (Element plugin : children(child(child(model.getDocumentElement(), "build"), "plugins"), "plugin")) {
            executions.addAll(children(child(plugin, "executions"), "execution"));
        }
        for (Element execution : executions) {
            NodeList executables = execution.getElementsByTagName("executable");
            if (executables.getLength() > 0 && executables.item(0).getTextContent().trim().matches(".*jpackage(\\.exe)?")) {
                List<String> arguments = new ArrayList<>();
                NodeList args = execution.getElementsByTagName("argument");
                for (int a = 0; a < args.getLength(); a++) {
                    arguments.add(args.item(a).getTextContent().trim());
                }
                return Optional.of(arguments);
            }
        }
        return Optional.empty();
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    /** The effective model Maven builds from pom.xml on {@code os} with the given profiles asked for. */
    private static Document effectiveModel(String os, List<String> profiles) throws Exception {
        return effectiveModel(os, profiles, System.getProperty("java.version"));
    }

    /** {@link #effectiveModel(String, List)} as Maven builds it on JDK {@code javaVersion} (profiles by JDK). */
    private static Document effectiveModel(String os, List<String> profiles, String javaVersion) throws Exception {
        String realOs = System.getProperty("os.name");
        System.setProperty("os.name", os);
        try (URLClassLoader maven = new URLClassLoader(mavenJars(), ClassLoader.getPlatformClassLoader())) {
            Class<?> factory = maven.loadClass("org.apache.maven.model.building.DefaultModelBuilderFactory");
            Object builder = factory.getMethod("newInstance").invoke(factory.getConstructor().newInstance());
            Class<?> requestType = maven.loadClass("org.apache.maven.model.building.DefaultModelBuildingRequest");
            Object request = requestType.getConstructor().newInstance();
            Properties system = new Properties();
            system.putAll(System.getProperties());
            system.setProperty("java.version", javaVersion);
            requestType.getMethod("setPomFile", File.class).invoke(request, Path.of("pom.xml").toAbsolutePath().toFile());
            requestType.getMethod("setValidationLevel", int.class).invoke(request, 0);
            requestType.getMethod("setProcessPlugins", boolean.class).invoke(request, false);
            requestType.getMethod("setSystemProperties", Properties.class).invoke(request, system);
            requestType.getMethod("setActiveProfileIds", List.class).invoke(request, profiles);
            Object result = maven.loadClass("org.apache.maven.model.building.ModelBuilder").getMethod("build",
                    maven.loadClass("org.apache.maven.model.building.ModelBuildingRequest")).invoke(builder, request);
            Object model = maven.loadClass("org.apache.maven.model.building.ModelBuildingResult")
                    .getMethod("getEffectiveModel").invoke(result);
            Class<?> writerType = maven.loadClass("org.apache.maven.model.io.xpp3.MavenXpp3Writer");
            StringWriter xml = new StringWriter();
            writerType.getMethod("write", Writer.class, model.getClass())
                    .invoke(writerType.getConstructor().newInstance(), xml, model);
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml.toString())));
        } finally {
            System.setProperty("os.name", realOs);
        }
    }

    /** The jars of the Maven installation running this build (maven.home, MAVEN_HOME, or the mvn on the PATH). */
    private static URL[] mavenJars() throws IOException {
        List<Path> homes = new ArrayList<>();
        Optional.ofNullable(System.getProperty("maven.home")).map(Path::of).ifPresent(homes::add);
        Optional.ofNullable(System.getenv("MAVEN_HOME")).map(Path::of).ifPresent(homes::add);
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("mvn", "mvn.cmd")) {
                Path mvn = Path.of(dir, name);
                if (Files.isRegularFile(mvn)) {
                    homes.add(mvn.toRealPath().getParent().getParent());
                }
            }
        }
        for (Path home : homes) {
            Path lib = home.resolve("lib");
            if (Files.isRegularFile(lib.resolve("maven-model-builder-3.x.jar")) || hasModelBuilder(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    return jars.filter(j -> j.toString().endsWith(".jar")).map(AppImageBuildTest::url)
                            .toArray(URL[]::new);
                }
            }
        }
        throw new AssertionError("no Maven installation found (looked in " + homes + ")");
    }

    private static boolean hasModelBuilder(Path lib) throws IOException {
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.anyMatch(j -> j.getFileName().toString().startsWith("maven-model-builder"));
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
