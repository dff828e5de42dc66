package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import k2explorer.mine.store.UserDataStore;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The app starts with a corrupt user file: it says so, keeps the file, and works with a fresh one. */
class CorruptUserDataStartupTest extends AppWindowTest {
    @Override
    protected void beforeStart() throws Exception {
        Files.writeString(dataDir.resolve(UserDataStore.FILE_NAME), "not a database ".repeat(100));
    }

    @Test
    void startUpReportsTheMovedFileAndTheCatalogAndUserDataStillWork(FxRobot robot) throws IOException {
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("moved aside") && status.contains("nothing was deleted"), status);
        assertEquals(foods().catalogProperty().get().foods().size(), foods().visibleRows().size(), "the catalog works");
        assertTrue(!userStore().readOnly(), "a fresh file is in use");
        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("user-data.corrupt-")).count());
        }
        // The user is offered a choice: keep the fresh file (chosen here) or restore a backup.
        Assertions.assertNotNull(robot.lookup("#corruptUserDataDialog").query());
        robot.clickOn("Keep the new, empty file");
    }
}
