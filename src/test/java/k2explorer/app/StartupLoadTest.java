package k2explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import k2explorer.i18n.Messages;
import k2explorer.mine.store.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Start-up's disk work as the composition root gets it: begun early on its own thread (what the launcher does) or
 * run when asked; either way the window gets the catalog, the user's data and the Foods table made off its thread.
 */
class StartupLoadTest {
    @TempDir
    Path dataDir;

    @Test
    void aLoadBegunEarlyHandsOverWhatItReadAndPassesOnItsProgress() throws Exception {
        StartupLoad load = StartupLoad.begin(dataDir);
        List<String> messages = new ArrayList<>();
        Startup startup = load.take((fraction, message) -> messages.add(message));
        try {
            assertEquals(dataDir, startup.dataDirectory());
            assertTrue(startup.foods().table().rows(false).size() > 8_000, "the Foods table is made");
            assertEquals(startup.library().contents().catalog(), startup.foods().catalog());
            // the last step before the user's data, reported on the loading thread, reaches whoever takes the load
            assertTrue(messages.contains(Messages.get("startup.openingUserData")), messages.toString());
        } finally {
            startup.library().library().close();
        }
    }

    @Test
    void aLoadOnDemandRunsWhenTakenOnTheTakingThread() throws Exception {
        StartupLoad load = StartupLoad.onDemand(dataDir);
        List<Thread> threads = new ArrayList<>();
        Startup startup = load.take((fraction, message) -> threads.add(Thread.currentThread()));
        try {
            assertEquals(dataDir, startup.dataDirectory());
            assertTrue(startup.foods().table().rows(false).size() > 8_000);
            assertTrue(!threads.isEmpty() && threads.stream().allMatch(t -> t == Thread.currentThread()),
                    threads.toString());
        } finally {
            startup.library().library().close();
        }
    }

    @Test
    void theSettingsAreHandedOnBeforeStaleFilesAreRemoved() throws Exception {
        Path stale = Files.writeString(dataDir.resolve(".export.csv.part"), "half an export");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        List<Boolean> staleWhenRead = new ArrayList<>();
        // Stops the load once the settings are handed on: the catalog is not needed here.
        RuntimeException stop = new RuntimeException("stop after the settings");
        try {
            Startup.load(dataDir, (fraction, message) -> { }, saved -> {
                staleWhenRead.add(Files.exists(stale));
                throw stop;
            });
        } catch (RuntimeException e) {
            assertEquals(stop, e);
        }
        assertEquals(List.of(true), staleWhenRead, "the stale files were cleaned before the settings were read");
        Startup.load(dataDir, (fraction, message) -> { }, saved -> { }).library().library().close();
        assertFalse(Files.exists(stale), "the stale file is still removed at start-up");
    }

    /**
     * The desktop's light or dark choice (a process start, up to its time-out) is asked by the start-up load before
     * the catalog only when the saved look follows the desktop; a saved light or dark theme's catalog never waits
     * for it.
     */
    @ParameterizedTest
    @CsvSource({"appearance.theme=LIGHT, false", "appearance.theme=DARK, false", "appearance.theme=SYSTEM, true",
            "appearance.fontScale=150, true", "appearance.theme=PURPLE, true"})
    void theDesktopIsAskedBeforeTheCatalogOnlyWhenTheSavedLookFollowsIt(String saved, boolean askedFirst)
            throws Exception {
        Files.writeString(dataDir.resolve(SettingsFile.FILE_NAME), saved + "\n");
        List<String> steps = new CopyOnWriteArrayList<>();
        StartupLoad load = StartupLoad.begin(dataDir, (dir, progress, settingsRead) -> {
            Startup startup = Startup.load(dir, progress, settings -> {
                steps.add("settings");
                settingsRead.accept(settings);
            });
            steps.add("catalog");
            return startup;
        }, () -> {
            steps.add("desktop");
            return true;
        });
        Startup startup = load.take((fraction, message) -> { });
        try {
            assertEquals(askedFirst ? List.of("settings", "desktop", "catalog") : List.of("settings", "catalog"),
                    steps);
            assertEquals(askedFirst ? Optional.of(true) : Optional.empty(), load.systemDarkSoFar());
            // the window still asks when it is not known yet (in the background): the same answer either way
            assertEquals(true, load.desktopTheme().call());
        } finally {
            startup.library().library().close();
        }
    }
}
