package k2explorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import k2explorer.UsLocale;
import k2explorer.storage.AppDirectories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.extension.ExtendWith(UsLocale.class)
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void clear() {
        System.clearProperty(AppDirectories.PROPERTY);
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void exportWritesTheCatalogWithoutAWindow(@TempDir Path dir) throws Exception {
        System.setProperty(AppDirectories.PROPERTY, dir.resolve("data").toString());
        Path csv = dir.resolve("values.csv");
        assertTrue(CommandLine.isHeadless(new String[] {"--export-catalog", csv.toString()}));
        assertEquals(0, run("--export-catalog", csv.toString()));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.matches("(?s)Wrote [0-9,]+ vitamin K values.*"), said);
        long rows = Files.readAllLines(csv).size() - 1;
        assertTrue(said.startsWith("Wrote " + String.format("%,d", rows) + " "), said + " vs " + rows + " rows");
        assertTrue(Files.readString(csv).startsWith("food_id,food_name,food_group,food_origin,family,form,state,"
                + "amount_per_100g,unit,value_kind"));
    }

    @Test
    void wrongUsageExitsWithTwoAndSaysHow() {
        assertEquals(2, run("--export-catalog"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: k2-explorer"));
        assertFalse(CommandLine.isHeadless(new String[0]));
    }

    @Test
    void anUnwritableTargetFailsWithItsPath(@TempDir Path dir) throws Exception {
        System.setProperty(AppDirectories.PROPERTY, dir.resolve("data").toString());
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Path target = blocker.resolve("out.csv");
        assertEquals(1, run("--export-catalog", target.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(target.toAbsolutePath().toString()));
    }

    @Test
    void coverageOptionsDefaultToTheAppsAndBadOnesSayWhatIsWrong() throws Exception {
        var defaults = CommandLine.coverageSettings(java.util.List.of());
        assertEquals(120, defaults.target().microgramsPerDay());
        assertEquals(k2explorer.coverage.CountedForms.TOTAL_K, defaults.target().counted());
        assertFalse(defaults.oneRowPerFood() || defaults.byServings() || defaults.includeSpecial());
        var chosen = CommandLine.coverageSettings(java.util.List.of("--target", "90", "--counting", "mk7", "--rows",
                "food", "--basis", "serving", "--include-special"));
        assertEquals(90, chosen.target().microgramsPerDay());
        assertEquals(k2explorer.coverage.CountedForms.MK7_ONLY, chosen.target().counted());
        assertTrue(chosen.oneRowPerFood() && chosen.byServings() && chosen.includeSpecial());
        assertTrue(CommandLine.isHeadless(new String[] {"--export-coverage", "x.csv"}));
        assertEquals(2, run("--export-coverage", "x.csv", "--counting", "k3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--counting must be one of total-k, k1, k2, mk4, mk7,"
                + " not 'k3'"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("--export-coverage", "x.csv", "--target", "-5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--target must be a number of micrograms above 0"));
        assertEquals(2, run("--export-coverage", "x.csv", "--rows"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--rows needs a value"));
    }
}
