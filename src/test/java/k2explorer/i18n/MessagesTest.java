package k2explorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import k2explorer.catalog.Basis;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.Nutrient;
import k2explorer.catalog.ValueKind;
import k2explorer.coverage.CountedForms;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;
import k2explorer.studies.Verdict;
import k2explorer.ui.appearance.ThemeChoice;
import k2explorer.ui.coverage.ChartBar;
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

    /** Every value of every closed set shown to users has its display name (and short name where used). */
    @Test
    void everyEnumShownToUsersHasItsNames() {
        List<Class<? extends Enum<?>>> types = List.of(Verdict.class,
                StudyTopic.class, EvidenceGrade.class,
                ClaimKind.class, StudyDesign.class,
                StudyForm.class, PlanUnit.class,
                FoodOrigin.class, CountedForms.class,
                ValueKind.class, EvidenceLevel.class,
                ThemeChoice.class, Basis.class,
                Nutrient.class, ChartBar.FormGroup.class);
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertTrue(!Messages.label(value).isBlank(), value.toString());
            }
        }
        for (StudyDesign d : StudyDesign.values()) {
            assertTrue(!d.shortLabel().isBlank());
        }
        for (StudyForm f : StudyForm.values()) {
            assertTrue(!f.shortLabel().isBlank());
        }
        assertEquals("Partly true", Verdict.PARTLY.label());
    }

    @Test
    void textIsReadAsUtf8() {
        assertEquals("Export catalog as CSV…", Messages.get("menu.file.exportCatalog"));
        assertEquals("Colour-blind-safe chart colours (Okabe–Ito)", Messages.get("preferences.palette"));
        assertEquals(" (bar at the middle of the spread)", Messages.get("compare.bar.spread"), "leading space kept");
    }
}
