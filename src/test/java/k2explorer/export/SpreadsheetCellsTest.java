package k2explorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanCsv;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.ui.foods.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No CSV the app writes holds a cell a spreadsheet would run as a formula; real numbers stay numbers. */
class SpreadsheetCellsTest {
    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @Test
    void cellsThatStartLikeFormulasGetAQuoteAndReadBackToTheirText() {
        for (String cell : List.of("=1+1", "+1 cup", "-A1", "@SUM(A1)", "\tx", "\rx", "-", "-2+3", "'=x", "''@y",
                "=", "@")) {
            String safe = SpreadsheetCells.neutralised(cell);
            assertEquals("'" + cell, safe);
            assertEquals(cell, SpreadsheetCells.original(safe));
        }
        for (String cell : List.of("-12.5", "+3", "-1e5", "0", "natto", "", "'quoted", "'-5", " =x", "a=b", "#")) {
            assertEquals(cell, SpreadsheetCells.neutralised(cell), "left alone: " + cell);
            assertEquals(cell, SpreadsheetCells.original(cell), "read as it is: " + cell);
        }
        assertEquals("# target;'=evil,'-x; ok", SpreadsheetCells.freeLine("# target;=evil,-x; ok"));
    }

    private static void assertNoFormula(List<List<String>> rows) {
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                        && !cell.matches("-?\\d+(\\.\\d+)?"), "a formula cell: " + cell);
            }
        }
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(csv).forEach(r -> rows.add(r.getFields()));
        return rows;
    }

    private static Catalog catalogWithAHostileFood() {
        MyFood evil = new MyFood("x", EVIL, "@group", "-source", Map.of(KForm.MK7, 10.0), List.of());
        return TestFoods.catalog().withFoods(List.of(evil.toCatalogFood()), List.of(evil.source()));
    }

    @Test
    void theCatalogExportIsSafe() throws IOException {
        StringWriter out = new StringWriter();
        CatalogCsv.write(catalogWithAHostileFood(), out);
        List<List<String>> rows = rows(out.toString());
        assertNoFormula(rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("'" + EVIL)), "the name is kept, as text");
    }

    @Test
    void theCoverageExportIsSafeIncludingItsCommentLine() throws IOException {
        StringWriter out = new StringWriter();
        CoverageCsv.write("target: mine,=1+1", List.of(new CoverageCsv.Line("my:x", EVIL,
                "+group", "-5", "measured", "-0.5", "", "", "@1 pack", "", "-source", "")), out);
        String text = out.toString();
        String comment = text.substring(0, text.indexOf('\n'));
        assertEquals("# target: mine,'=1+1", comment);
        List<List<String>> rows = rows(text.substring(text.indexOf('\n') + 1));
        assertNoFormula(rows);
        assertEquals(List.of("my:x", "'" + EVIL, "'+group", "-5", "measured", "-0.5", "", "", "'@1 pack", "",
                "'-source", ""),
                rows.get(1), "negative numbers stay numbers");
    }

    @Test
    void thePlansExportIsSafe(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plans.csv");
        PlanCsv.export(List.of(new DayPlan(1L, "=evil plan", LocalDate.of(2026, 11, 23), List.of(
                new DayPlan.Item("my:x", EVIL, 2, PlanUnit.SERVINGS, "@pack", 45.0)))), catalogWithAHostileFood(),
                file);
        List<List<String>> rows = rows(java.nio.file.Files.readString(file));
        assertNoFormula(rows);
        assertEquals("'=evil plan", rows.get(1).get(0));
    }
}
