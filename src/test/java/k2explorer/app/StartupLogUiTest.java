package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up line ("Catalog shown …") still reaches the app's log, with the number of foods and the time the
 * catalog was shown, but only once the frame with the filled table is laid out: writing a log record is no part of
 * the work before the first full frame (docs/performance.md, "jvm branch").
 */
class StartupLogUiTest extends AppWindowTest {
    /** Held here: the logging framework keeps loggers only weakly. */
    private final Logger appLog = Logger.getLogger(AppContext.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    /** For each record, whether the Foods table showed a food in a laid-out row when it was written. */
    private final List<Boolean> tableFilledWhenWritten = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
            tableFilledWhenWritten.add(stage != null && stage.getScene() != null
                    && stage.getScene().getRoot().lookupAll(".table-row-cell").stream().anyMatch(StartupLogUiTest::showsAFood));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static boolean showsAFood(Node node) {
        return node instanceof TableRow<?> row && !row.isEmpty() && row.getItem() != null;
    }

    @Override
    protected void beforeStart() {
        appLog.addHandler(capture);
    }

    @AfterEach
    void removeCapture() {
        appLog.removeHandler(capture);
    }

    @Test
    void theCatalogShownLineIsLoggedOnceAfterTheFilledTableIsLaidOut() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> records.stream()
                .anyMatch(r -> r.getMessage().startsWith("Catalog shown")));
        List<LogRecord> shown = records.stream().filter(r -> r.getMessage().startsWith("Catalog shown")).toList();
        assertEquals(1, shown.size());
        LogRecord line = shown.get(0);
        assertEquals(Level.INFO, line.getLevel());
        assertEquals("Catalog shown ({0} foods) {1} ms after JVM start{2}", line.getMessage());
        assertEquals(context.models().foods().catalogProperty().get().foods().size(), line.getParameters()[0]);
        assertTrue((Long) line.getParameters()[1] > 0, "time since JVM start: " + line.getParameters()[1]);
        assertTrue(tableFilledWhenWritten.get(records.indexOf(line)),
                "written before the Foods table showed its first rows");
    }
}
