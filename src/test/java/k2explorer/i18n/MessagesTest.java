package k2explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import k2explorer.studies.Verdict;
import org.junit.jupiter.api.Test;

/** Every text key the code asks for is in the bundle, and the bundle holds nothing the code no longer uses. */
class MessagesTest {
    private static final Pattern GET = Pattern.compile("Messages\\.get\\(\"([^\"]+)\"");
    private static final Pattern PREFIX = Pattern.compile("Messages\\.get\\(\"([a-z.]+\\.)\" \\+");
    /** Keys chosen by a condition, e.g. {@code Messages.get(one ? "a.one" : "a.many")}, count as used. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z0-9]+(\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void everyKeyUsedExistsAndEveryKeyInTheBundleIsUsed() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("k2explorer.i18n.messages");
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> literals = new TreeSet<>();
        List<String> prefixes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = GET.matcher(text);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
                Matcher l = LITERAL.matcher(text);
                while (l.find()) {
                    literals.add(l.group(1));
                }
                Matcher p = PREFIX.matcher(text);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
            }
        }
        List<String> missing = used.stream().filter(k -> !bundle.containsKey(k)).toList();
        assertEquals(List.of(), missing, "keys used in code but not in messages.properties");
        prefixes.add("enum.");
        List<String> unused = bundle.keySet().stream().filter(k -> !used.contains(k) && !literals.contains(k))
                .filter(k -> prefixes.stream().noneMatch(k::startsWith)).sorted().toList();
        assertEquals(List.of(), unused, "keys in messages.properties that no code uses");
        assertTrue(used.containsAll(List.of("tab.foods", "status.catalog", "app.title", "number.ambiguous")),
                "the scan finds keys asked for in code: " + used.size());
    }

    /** A key given twice keeps only its last text: the first, what its author meant, is silently lost. */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        List<String> keys = Files.readAllLines(Path.of("src/main/resources/k2explorer/i18n/messages.properties"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(" ") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).trim()).toList();
        List<String> twice = keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList();
        assertEquals(List.of(), twice, "keys given more than once in messages.properties");
    }

    @Test
    void everyPatternFormatsCleanlyWithItsArguments() {
        ResourceBundle bundle = ResourceBundle.getBundle("k2explorer.i18n.messages");
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            if (!pattern.contains("{0}")) {
                assertTrue(!pattern.contains("''"), key + ": a text without arguments keeps single apostrophes");
                continue;
            }
            String text = Messages.get(key, "A", "B", "C", "D", "E", "F", "G");
            assertTrue(!text.contains("{") && !text.contains("}"), key + " -> " + text);
            assertEquals(pattern.contains("''"), text.contains("'"), key + ": apostrophes must be doubled: " + text);
        }
    }

    /**
     * Every value of every closed set shown to users has its display name, and a second name (a short column label,
     * a unit suffix) when any value of its type has one: the enums carry no text, so a constant added without its
     * keys would show as a blank or fail at run time.
     */
    @Test
    void everyEnumShownToUsersHasItsNames() throws Exception {
        ResourceBundle bundle = ResourceBundle.getBundle("k2explorer.i18n.messages");
        Map<String, Set<String>> partsByType = new TreeMap<>();
        for (String key : bundle.keySet()) {
            String[] parts = key.split("\\.");
            if (parts[0].equals("enum")) {
                partsByType.computeIfAbsent(parts[1], t -> new TreeSet<>()).add(parts.length > 3 ? parts[3] : "");
            }
        }
        Set<String> checked = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enumsInMainCode()) {
            Set<String> parts = partsByType.get(type.getSimpleName());
            if (parts == null) {
                continue;
            }
            checked.add(type.getSimpleName());
            for (Object value : type.getEnumConstants()) {
                for (String part : parts) {
                    String key = "enum." + type.getSimpleName() + "." + ((Enum<?>) value).name()
                            + (part.isEmpty() ? "" : "." + part);
                    if (!bundle.containsKey(key) || bundle.getString(key).isBlank()) {
                        missing.add(key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "enum labels missing from messages.properties");
        assertEquals(partsByType.keySet(), checked, "every enum.<Type> key names an enum of the app");
        assertTrue(checked.containsAll(List.of("Verdict", "StudyTopic", "EvidenceGrade", "ClaimKind", "ClaimRole",
                "ClaimEvidenceTier", "StudyDesign", "StudyForm", "PlanUnit", "FoodOrigin", "CountedForms",
                "CountedState", "ValueKind", "ValueState", "ValueDoubt", "EvidenceLevel", "ThemeChoice", "Basis",
                "Nutrient", "KForm", "Attribution", "RankingExclusion", "FormGroup", "RankBy")), checked.toString());
        assertEquals("Partly true", Messages.label(Verdict.PARTLY));
    }

    /** Every enum declared in src/main/java, nested ones included. */
    private static List<Class<?>> enumsInMainCode() throws IOException, ClassNotFoundException {
        Path root = Path.of("src/main/java");
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.java$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, MessagesTest.class.getClassLoader());
                Stream.concat(Stream.of(type), Stream.of(type.getDeclaredClasses())).filter(Class::isEnum)
                        .forEach(enums::add);
            }
        }
        return enums;
    }

    @Test
    void textIsReadAsUtf8() {
        assertEquals("Export catalog as CSV…", Messages.get("menu.file.exportCatalog"));
        assertEquals("Colour-blind-safe chart colours (Okabe–Ito)", Messages.get("preferences.palette"));
        assertEquals(" (bar at the middle of the spread)", Messages.get("compare.bar.spread"), "leading space kept");
    }
}
