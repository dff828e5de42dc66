package k2explorer.mine.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.catalog.KForm;
import k2explorer.mine.plans.Plans;
import k2explorer.mine.store.UserDataException;
import k2explorer.mine.store.UserDataStore;
import k2explorer.mine.store.UserDataStoreTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing foods from spreadsheets: good files, files with a few bad rows, and thousands of generated bad lines. */
class MyFoodCsvTest {
    @TempDir
    Path dir;

    /** A file (with no foods of the user's yet) as the import reads it. */
    static ImportOutcome<MyFood> parse(String csv) {
        return MyFoodCsv.parse(utf8(csv), Set.of());
    }

    /** The import's problems as the user reads them ("line 3, column K1: …"). */
    static List<String> problems(ImportOutcome<MyFood> parsed) {
        return parsed.problems().stream().map(ImportProblem::toString).toList();
    }

    /** A file's bytes as a spreadsheet writes them (UTF-8). */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodCommaFileImportsEveryFoodWithItsValuesAndPortions() {
        String csv = "name,group,source,K1,MK-4,MK-7,portion,portion_grams,more_portions\n"
                + "Natto brand X,Fermented soy,label 2026,23,,870,1 pack,45,1 tbsp=15\n"
                + "\"Gouda, farm\",Cheese,\"shop sign, Nov 2026\",,4.5,,1 slice,20,\n";
        ImportOutcome<MyFood> parsed = parse(csv);
        assertEquals(List.of(), parsed.problems());
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            assertEquals(2, MyFoodCsv.importInto(store, parsed));
            List<MyFood> foods = new MyFoods(store).all();
            MyFood gouda = foods.get(0);
            assertEquals("Gouda, farm", gouda.name());
            assertEquals(Map.of(KForm.MK4, 4.5), gouda.per100g(), "blank cells stay not measured");
            MyFood natto = foods.get(1);
            assertEquals(Map.of(KForm.K1, 23.0, KForm.MK7, 870.0), natto.per100g());
            assertEquals(List.of(new MyFood.MyPortion("1 pack", 45), new MyFood.MyPortion("1 tbsp", 15)),
                    natto.portions());
        }
    }

    @Test
    void semicolonFilesWithABomAndDecimalCommasImport() {
        String csv = "\uFEFFname;source;MK-7;portion;portion_grams\r\nNatto;label;870,5;1 pack;45\r\n";
        ImportOutcome<MyFood> parsed = parse(csv);
        assertEquals(List.of(), parsed.problems());
        assertEquals(870.5, parsed.items().get(0).per100g().get(KForm.MK7));
    }

    @Test
    void aFewBadRowsAreEachReportedWithLineColumnAndReasonAndNothingIsImported() {
        String csv = String.join("\n",
                "name,source,K1,MK-7,portion,portion_grams",
                "Good one,label,10,,,",
                "Negative,label,-5,,,",
                "Words,label,,lots,,",
                "Huge,label,,100001,,",
                ",label,1,,,",
                "Good one,other label,2,,,",
                "Existing,label,3,,,",
                "Short row,label",
                "No amount,label,,,,",
                "Bad portion,label,1,,1 pack,0",
                "Open quote,\"label,1,,,",
                "Not a number,label,NaN,,,") + "\n";
        ImportOutcome<MyFood> parsed = MyFoodCsv.parse(utf8(csv), Set.of("existing"));
        List<String> problems = problems(parsed);
        assertEquals(List.of(
                "line 3, column K1: An amount cannot be negative.",
                "line 4, column MK-7: 'lots' is not a number",
                "line 5, column MK-7: At most " + Numbers.shown(100_000) + " µg per 100 g.",
                "line 6, column name: enter a name.",
                "line 7, column name: \"Good one\" is already on line 2; names must be unique",
                "line 8, column name: you already have a food called \"Existing\"",
                "line 9: has 2 fields, the header has 6 (check the separator and quotes)",
                "line 10: no vitamin K amount given",
                "line 11, column portion_grams: a portion must weigh more than 0 and at most " + Numbers.shown(100_000)
                        + " g",
                "line 12: a quote is opened but not closed",
                "line 13, column K1: 'NaN' is not a number"), problems);
        assertTrue(parsed.items().isEmpty());
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            assertThrows(UserDataException.class, () -> MyFoodCsv.importInto(store, parsed));
            assertEquals(List.of(), new MyFoods(store).all());
        }
    }

    @Test
    void aHeaderWithoutRequiredColumnsOrWithUnknownOnesIsReported() {
        ImportOutcome<MyFood> parsed = parse("food,vitamin\nNatto,870\n");
        List<String> problems = problems(parsed);
        assertTrue(problems.contains("line 1, column name: required column is missing"), problems.toString());
        assertTrue(problems.contains("line 1, column source: required column is missing"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("line 1, column food: unknown column")));
        assertFalse(MyFoodCsv.parse(new byte[0], Set.of()).ok());
    }

    @Test
    void invalidUtf8IsReportedOnItsLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("name,source,K1\nGood,label,1\nBad "));
        out.write(0xC3);
        out.write(0x28);
        out.writeBytes(utf8(",label,2\n"));
        ImportOutcome<MyFood> parsed = MyFoodCsv.parse(out.toByteArray(), Set.of());
        assertEquals(List.of("line 3: is not valid UTF-8 text (save the file as CSV UTF-8)"),
                problems(parsed));
    }

    @Test
    void anExportImportsBackToTheSameFoods() throws Exception {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods foods = new MyFoods(store);
            foods.save(UserDataStoreTest.natto("Natto; \"special\", brand"));
            foods.save(new MyFood(null, "Cheese", "Dairy", "label", Map.of(KForm.MK9, 12.25), List.of()));
            Path file = dir.resolve("my-foods.csv");
            MyFoodCsv.export(foods.all(), file);
            ImportOutcome<MyFood> parsed = MyFoodCsv.parse(Files.readAllBytes(file), Set.of());
            assertEquals(List.of(), parsed.problems());
            List<String> before = foods.all().stream().map(f -> f.name() + f.per100g() + f.portions()).toList();
            List<String> after = parsed.items().stream().map(f -> f.name() + f.per100g() + f.portions()).sorted()
                    .toList();
            assertEquals(before.stream().sorted().toList(), after);
        }
    }

    /** Names, sources and portions that a spreadsheet or a naive CSV reader would mangle. */
    static List<MyFood> awkwardFoods() {
        return List.of(
                new MyFood(null, "=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0",
                        "@SUM(1+1)", Map.of(KForm.MK7, 870.0),
                        List.of(new MyFood.MyPortion("=1+1 pack", 45), new MyFood.MyPortion("a|b=c", 12.5),
                                new MyFood.MyPortion("back\\slash \\| pipe", 3))),
                new MyFood(null, "+1 cup natto", "", "-label; \"quoted\", with commas", Map.of(KForm.K1, 0.5),
                        List.of(new MyFood.MyPortion("-half", 20), new MyFood.MyPortion("@tbsp|2", 15))),
                new MyFood(null, "-5", "Käse", "'=already quoted", Map.of(KForm.MK4, 4.25), List.of()),
                new MyFood(null, "'-5 and '@ and ''=x", "Crème fraîche", "µg per 100 g, Müller, Ærø",
                        Map.of(KForm.MK9, 12.0), List.of(new MyFood.MyPortion("1 Stück 🧀", 30))),
                new MyFood(null, "Natto\nbrand X, two lines", "", "label\nand its back", Map.of(KForm.K1, 1.0),
                        List.of(new MyFood.MyPortion("1 pack\n(45 g)", 45))),
                new MyFood(null, "Natto 納豆 🍱 \"Kiri\"", "Fermented soy", "label, 2026",
                        Map.of(KForm.MK7, 939.0, KForm.K1, 23.0), List.of()));
    }

    private static List<String> comparable(List<MyFood> foods) {
        return foods.stream().map(f -> String.join(" ¦ ", f.name(), f.group(), f.sourceText(),
                f.per100g().toString(), f.portions().toString())).sorted().toList();
    }

    @Test
    void anExportOfAwkwardTextImportsBackIdenticallyAndNoCellCanRunAsAFormula() throws Exception {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods foods = new MyFoods(store);
            for (MyFood food : awkwardFoods()) {
                assertEquals(List.of(), foods.save(food).problems(), food.name());
            }
            Path file = dir.resolve("my-foods.csv");
            MyFoodCsv.export(foods.all(), file);
            for (List<String> row : rawRows(file)) {
                for (String cell : row) {
                    assertFalse(cell.matches("(?s)[=+@\t\r-].*") && !cell.matches("-?\\d+(\\.\\d+)?"),
                            "a formula cell: " + cell);
                }
            }
            assertTrue(rawRows(file).stream().anyMatch(r -> r.get(0).equals("-5")), "a number stays a number");
            ImportOutcome<MyFood> parsed = MyFoodCsv.parse(Files.readAllBytes(file), Set.of());
            assertEquals(List.of(), parsed.problems());
            assertEquals(comparable(foods.all()), comparable(parsed.items()));
            assertEquals(comparable(awkwardFoods()).size(), parsed.items().size());
            try (UserDataStore other = UserDataStore.open(Files.createDirectory(dir.resolve("other"))).store()) {
                assertEquals(parsed.items().size(), MyFoodCsv.importInto(other, parsed));
                assertEquals(comparable(foods.all()), comparable(new MyFoods(other).all()), "saved as exported");
            }
        }
    }

    private static List<List<String>> rawRows(Path file) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(file)) {
            csv.forEach(r -> rows.add(r.getFields()));
        }
        return rows;
    }

    @Test
    void aQuotedLineBreakIsPartOfItsValueAndLaterLinesKeepTheirNumbers() {
        String csv = "name,source,K1\r\n\"Natto\nbrand X\",label,1\r\nGood,label,2\r\nBad,label,-1\r\n";
        assertEquals(List.of("line 5, column K1: An amount cannot be negative."), problems(parse(csv)));
        String open = "name,source,K1\n\"Natto,label,1\nGood,label,2\nBad,label,3\n";
        assertTrue(parse(open).problems().get(0).toString().startsWith("line 2:"),
                "a quote left open is reported where its record starts");
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            assertEquals(List.of(), new MyFoods(store).save(new MyFood(null, "Natto\nbrand X", "", "label",
                    Map.of(KForm.K1, 1.0), List.of())).problems(), "a line feed is kept");
            List<FieldProblem> refused = new MyFoods(store).save(new MyFood(null, "Natto\rbrand X", "", "label",
                    Map.of(KForm.K1, 1.0), List.of())).problems();
            assertEquals(FieldProblem.NAME, refused.get(0).field());
            assertTrue(refused.get(0).message().contains("U+000D"), refused.toString());
        }
    }

    @Test
    void oldMacFilesWithCrOnlyLineEndingsAreReadLineByLine() {
        String csv = "name,source,K1,MK-7\rNatto,label,23,870\rGouda,label,,\r\"Edam, young\",label,2,\r";
        assertEquals(List.of("line 3: no vitamin K amount given"), problems(parse(csv)));
        ImportOutcome<MyFood> good = parse(csv.replace("Gouda,label,,", "Gouda,label,1,"));
        assertEquals(List.of("Natto", "Gouda", "Edam, young"), good.items().stream().map(MyFood::name).toList());
    }

    @Test
    void controlCharactersAreRefusedInEveryTextColumnWithTheirCode() {
        String csv = String.join("\n",
                "name,group,source,K1,portion,portion_grams,more_portions",
                "Tab\tname,,label,1,,,",
                "Esc,\u001B[31mred,label,1,,,",
                "Bell,,label\u0007,1,,,",
                "C1,,label,1,1\u0085cup,30,",
                "More,,label,1,,,cube\u009B=5",
                "Trailing tab\t,,label,1,,,",
                "Fine,,label,1,1 cup,30,cube=5") + "\n";
        List<String> problems = parse(csv).problems().stream()
                .map(ImportProblem::toString).toList();
        assertEquals(List.of(
                "line 2, column name: remove the control character U+0009 (character 4): tabs, carriage returns and other "
                        + "invisible codes cannot be kept.",
                "line 3, column group: remove the control character U+001B (character 1): tabs, carriage returns and "
                        + "other invisible codes cannot be kept.",
                "line 4, column source: remove the control character U+0007 (character 6): tabs, carriage returns and "
                        + "other invisible codes cannot be kept.",
                "line 5, column portion: remove the control character U+0085 (character 2): tabs, carriage returns and "
                        + "other invisible codes cannot be kept.",
                "line 6, column more_portions: remove the control character U+009B (character 5): tabs, carriage returns "
                        + "and other invisible codes cannot be kept.",
                "line 7, column name: remove the control character U+0009 (character 13): tabs, carriage returns and "
                        + "other invisible codes cannot be kept."), problems);
    }

    @Test
    void aMegabyteHeaderCellIsClippedSoTheReasonStaysInSight() {
        String huge = "x".repeat(1 << 20);
        ImportOutcome<MyFood> parsed = parse("name,source,K1," + huge + "\nNatto,label,1,2\n");
        ImportProblem problem = parsed.problems().get(0);
        assertTrue(problem.toString().length() < 250, problem.toString().length() + " characters");
        assertTrue(problem.toString().startsWith("line 1, column " + "x".repeat(40) + "…: unknown column"),
                problem.toString().substring(0, 80));
        assertEquals("tab U+0009 and ESC U+001B[2J", Messages.clip("tab \t and ESC \u001B[2J"));
    }

    /**
     * Thousands of generated lines, each either valid or broken in one known way, in files with LF, CRLF, CR-only or
     * mixed line endings. The importer must never throw, must report exactly the broken lines (by the line each
     * record starts on, though quoted values may span lines), and must leave the database unchanged when anything
     * is wrong. Valid lines include names that start like formulas and quoted names with separators, quotes, µ,
     * accents and emoji, and two-line values whose second line is full of separators; broken ones include control
     * characters, NUL, a quote left open, an amount that underflows to 0 ({@code 1e-400}) and zero-width spaces.
     */
    @Test
    void fuzzedFilesNeverCrashTheImporterAndEveryBadLineIsReported() {
        Random random = new Random(42);
        String[] endings = {"\n", "\r\n", "\r"};
        String[] controls = {"\t", "\u001B[31m", "\u0085", "\u009B", "\u0007", "\u007F"};
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(UserDataStoreTest.natto("Already here"));
            String before = snapshot(store);
            int files = 40;
            int totalBad = 0;
            int[] kinds = new int[20];
            for (int f = 0; f < files; f++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean semicolon = random.nextBoolean();
                String sep = semicolon ? ";" : ",";
                int style = random.nextInt(4);
                if (random.nextInt(4) == 0) {
                    out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                String headerEnd = style == 3 ? "\n" : endings[style];
                out.writeBytes(utf8(String.join(sep, "name", "source", "K1", "MK-4", "MK-7", "portion",
                        "portion_grams") + headerEnd));
                List<Integer> badLines = new ArrayList<>();
                int lineNo = 2;
                int lines = 50 + random.nextInt(100);
                for (int i = 0; i < lines; i++) {
                    String end = style == 3 ? endings[random.nextInt(10) == 0 ? 1 : random.nextInt(3)]
                            : endings[style];
                    int kind = random.nextInt(20);
                    kinds[kind]++;
                    String name = "Food " + f + "-" + i;
                    String[] cells = {name, "label " + i, Integer.toString(random.nextInt(500)), "",
                            random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(2000)), "", ""};
                    boolean bad = true;
                    int breaks = 0;
                    switch (kind) {
                        case 0 -> cells[2] = "NaN";
                        case 1 -> cells[2] = "1e400";
                        case 2 -> cells[4] = "-" + (1 + random.nextInt(50));
                        case 3 -> cells[3] = Integer.toString(100_001 + random.nextInt(1_000_000));
                        case 4 -> cells = java.util.Arrays.copyOf(cells, 1 + random.nextInt(5));
                        case 5 -> cells = java.util.Arrays.copyOf(cells, 8 + random.nextInt(3));
                        case 6 -> cells[0] = "\"" + name;
                        case 7 -> cells[0] = "";
                        case 8 -> cells[2] = randomJunk(random);
                        case 9 -> {
                            cells[5] = "1 cup";
                            cells[6] = random.nextBoolean() ? "0" : "abc";
                        }
                        case 10 -> cells[0] = "Already here";
                        case 12 -> {
                            bad = false;
                            String formula = "=+-@".charAt(random.nextInt(4)) + (random.nextBoolean() ? "SUM(A" + i
                                    + ")" : "HYPERLINK(\"http://evil.example/" + i + "\"" + sep + "\"x\")");
                            cells[0] = formula.contains("\"") ? "\"" + formula.replace("\"", "\"\"") + "\"" : formula;
                        }
                        case 13 -> {
                            String c = controls[random.nextInt(controls.length)];
                            int where = random.nextInt(3);
                            cells[where == 0 ? 0 : where == 1 ? 1 : 5] = (where == 2 ? "1 cup" : cells[where]) + c;
                            cells[6] = where == 2 ? "30" : cells[6];
                        }
                        case 14 -> {
                            // A quoted line break belongs to the value: a good two-line name.
                            bad = false;
                            cells[0] = "\"" + name + end + "second line of " + name + "\"";
                            breaks = 1;
                        }
                        case 15 -> {
                            bad = false;
                            cells[0] = "\"Käse \"\"alt\"\"" + sep + " crème " + f + "-" + i + " 🧀 µg|x\"";
                        }
                        case 16 -> cells[0] = name + "\0";
                        case 17 -> cells[2] = "1e-400";
                        case 18 -> cells[0] = name.replace(" ", "\u200B");
                        case 19 -> {
                            // A value whose second line holds as many separators as a record: still one value.
                            bad = false;
                            cells[0] = "\"" + name + end + sep.repeat(8) + "x" + sep + "\"\"y\"\"" + "\"";
                            breaks = 1;
                        }
                        default -> bad = false;
                    }
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] == null) {
                            cells[c] = "";
                        }
                    }
                    String line = String.join(sep, cells);
                    if (kind == 11 && random.nextInt(5) == 0) {
                        bad = true;
                        out.writeBytes(utf8(line.substring(0, Math.min(3, line.length()))));
                        out.write(0xFF);
                        out.writeBytes(utf8(line.substring(Math.min(3, line.length())) + end));
                    } else {
                        out.writeBytes(utf8(line + end));
                    }
                    if (bad) {
                        badLines.add(lineNo);
                    }
                    lineNo += 1 + breaks;
                }
                ImportOutcome<MyFood> parsed = MyFoodCsv.parse(out.toByteArray(), Set.of("already here"));
                List<Long> reported = parsed.problems().stream().map(ImportProblem::line).distinct().sorted()
                        .toList();
                assertEquals(badLines.stream().map(Integer::longValue).toList(), reported, "file " + f
                        + " (line endings " + style + ")");
                if (!badLines.isEmpty()) {
                    assertFalse(parsed.ok());
                    assertThrows(UserDataException.class, () -> MyFoodCsv.importInto(store, parsed));
                }
                totalBad += badLines.size();
                assertEquals(before, snapshot(store), "the database is unchanged after file " + f);
            }
            assertTrue(totalBad > 2_000, "thousands of malformed lines: " + totalBad);
            System.out.printf("MyFoodCsvTest fuzz: %d files, %d lines by kind %s, %d malformed, all reported%n",
                    files, java.util.Arrays.stream(kinds).sum(), java.util.Arrays.toString(kinds), totalBad);
        }
    }

    private static String randomJunk(Random random) {
        String[] junk = {"12..5", "1,2,3", "--4", "0x10", "∞", "12 µg", "+", ".", "1e", "١٢", "twelve"};
        return junk[random.nextInt(junk.length)];
    }

    private static String snapshot(UserDataStore store) {
        return new MyFoods(store).all().toString() + new Plans(store).all();
    }
}
