package k2explorer.ui.myfoods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import k2explorer.i18n.Messages;
import k2explorer.mine.foods.ImportProblem;
import org.junit.jupiter.api.Test;

/** The import report words each refused line from the message bundle, not from the domain record's own text. */
class ImportReportTest {

    @Test
    void aLineWithItsColumnAndALineAlone() {
        assertEquals(Messages.get("import.problem.lineColumn", "1234", "name", "enter a name."),
                ImportReport.worded(new ImportProblem(1234, "name", "enter a name.")));
        assertEquals(Messages.get("import.problem.line", "7", "the file has no header line"),
                ImportReport.worded(new ImportProblem(7, "", "the file has no header line")));
    }

    /** The bundle is English only (a translation would add messages_de.properties and its own expectation). */
    @Test
    void aLineNumberIsNotGroupedAndReadsAsTheLogLineDoes() {
        ImportProblem problem = new ImportProblem(12345, "K1", "not a number");
        assertEquals("line 12345, column K1: not a number", ImportReport.worded(problem));
        assertEquals(problem.toString(), ImportReport.worded(problem));
    }
}
