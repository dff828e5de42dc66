package k2explorer.mine.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanWriterChild;
import k2explorer.mine.plans.Plans;
import k2explorer.mine.store.RestoreLoopChild;
import k2explorer.mine.store.UserDataStore;
import k2explorer.mine.store.UserDataStoreTest;
import k2explorer.storage.SqliteFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is saving plans (SIGKILL, at random moments) many times over the same file. After every
 * kill the file must pass SQLite's integrity check and hold every plan the child reported as committed, intact.
 * The number of kills can be raised with -Dk2explorer.crashKills=N (default 40).
 */
@Tag("slow")
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killingAWriterAtRandomMomentsNeverLosesOrDamagesACommittedPlan() throws Exception {
        int kills = Integer.getInteger("k2explorer.crashKills", 40);
        Random random = new Random(20261122L);
        Map<String, DayPlan> committed = new HashMap<>();
        for (int round = 0; round < kills; round++) {
            String prefix = "r" + round;
            // armed by the round's first commit: every kill lands in the writing loop, however slow the machine
            List<String> lines = killAfterReady(random, 5, 120, "committed ", PlanWriterChild.class, dir.toString(),
                    prefix);
            for (String line : lines) {
                if (line.startsWith("committed ") && line.endsWith(" .")) {
                    String name = line.substring("committed ".length(), line.length() - 2);
                    int i = Integer.parseInt(name.substring(name.indexOf('-') + 1));
                    committed.put(name, PlanWriterChild.expected(name, i));
                }
            }
            assertIntactWith(committed, round);
        }
        assertTrue(committed.size() > kills, "the children committed plans: " + committed.size());
        System.out.printf("CrashTest: %d kills, %d committed plans, all intact%n", kills, committed.size());
    }

    /**
     * Kills a child that restores two backups in turn (each restore replaces the file and switches its journal
     * mode). After every kill the next start must open the file writable, intact, holding exactly one backup's
     * foods (or, before the first restore, the original's): never read-only, never empty, never a mix.
     */
    @Test
    void killingARestoreAtRandomMomentsLeavesOneWholeVersionThatOpensWritable() throws Exception {
        int kills = Math.max(10, Integer.getInteger("k2explorer.crashKills", 40) / 2);
        Random random = new Random(20261205L);
        Path backups = java.nio.file.Files.createDirectory(dir.resolve("backups"));
        Path live = java.nio.file.Files.createDirectory(dir.resolve("live"));
        List<List<String>> versions = new ArrayList<>();
        for (String which : List.of("A", "B")) {
            Path source = java.nio.file.Files.createDirectory(backups.resolve("source " + which));
            List<String> names = new ArrayList<>();
            try (UserDataStore store = UserDataStore.open(source).store()) {
                for (int i = 0; i < (which.equals("A") ? 30 : 45); i++) {
                    String name = "Food " + which + " " + i;
                    new MyFoods(store).save(UserDataStoreTest.natto(name));
                    names.add(name);
                }
                store.backupTo(backups.resolve(which + ".sqlite"));
            }
            versions.add(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        }
        try (UserDataStore store = UserDataStore.open(live).store()) {
            new MyFoods(store).save(UserDataStoreTest.natto("Original"));
        }
        versions.add(List.of("Original"));
        int restores = 0;
        int hotJournals = 0;
        for (int round = 0; round < kills; round++) {
            List<String> lines = killAfterReady(random, 20, 300, "ready .", RestoreLoopChild.class, live.toString(),
                    backups.resolve("A.sqlite").toString(), backups.resolve("B.sqlite").toString());
            restores += (int) lines.stream().filter(l -> l.startsWith("restored ")).count();
            hotJournals += java.nio.file.Files.exists(live.resolve(UserDataStore.FILE_NAME + "-journal")) ? 1 : 0;
            UserDataStore.Opened opened = UserDataStore.open(live);
            try (UserDataStore store = opened.store()) {
                assertTrue(opened.status() == UserDataStore.Status.OK, "round " + round + ": " + opened.status()
                        + " " + opened.message());
                List<String> names = new MyFoods(store).all().stream().map(MyFood::name).toList();
                assertTrue(versions.contains(names), "round " + round + ": one whole version, got " + names);
            }
            assertIntegrity(live, round);
        }
        assertTrue(restores > kills, "the children restored: " + restores);
        System.out.printf("CrashTest restore: %d kills, %d restores, %d left a rollback journal, every start "
                + "writable with one whole version%n", kills, restores, hotJournals);
    }

    /**
     * Starts {@code main} in a child JVM, waits until it says "ready ." and then writes a line starting with
     * {@code armedBy}, lets it work for a random {@code minMillis} … {@code minMillis + spanMillis} ms and kills it
     * (SIGKILL). Returns every line it wrote.
     */
    private static List<String> killAfterReady(Random random, int minMillis, int spanMillis, String armedBy,
                                               Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // The child was killed; what was read is what counts.
            }
        });
        reader.start();
        synchronized (lines) {
            long until = System.currentTimeMillis() + 20_000;
            while (!lines.contains("ready .") && System.currentTimeMillis() < until && child.isAlive()) {
                lines.wait(100);
            }
            assertTrue(lines.contains("ready ."), "child started: " + lines);
            while (lines.stream().noneMatch(l -> l.startsWith(armedBy)) && System.currentTimeMillis() < until
                    && child.isAlive()) {
                lines.wait(100);
            }
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(armedBy)), "child began its work: " + lines);
        }
        Thread.sleep(minMillis + random.nextInt(spanMillis));
        child.destroyForcibly();
        assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        reader.join(5_000);
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static void assertIntegrity(Path folder, int round) throws Exception {
        try (Connection c = SqliteFiles.open(folder.resolve(UserDataStore.FILE_NAME), SqliteFiles.Access.READ_ONLY);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1), "integrity after kill " + round);
        }
    }

    private void assertIntactWith(Map<String, DayPlan> committed, int round) throws Exception {
        assertIntegrity(dir, round);
        UserDataStore.Opened opened = UserDataStore.open(dir);
        assertEquals(UserDataStore.Status.OK, opened.status(), "round " + round + ": " + opened.message());
        try (UserDataStore store = opened.store()) {
            Map<String, DayPlan> saved = new HashMap<>();
            new Plans(store).all().forEach(p -> saved.put(p.name(), p));
            for (Map.Entry<String, DayPlan> e : committed.entrySet()) {
                DayPlan got = saved.get(e.getKey());
                assertTrue(got != null, "committed plan " + e.getKey() + " is there after kill " + round);
                assertEquals(e.getValue().items(), got.items(), e.getKey());
                assertEquals(e.getValue().date(), got.date(), e.getKey());
            }
        }
    }
}
