package k2explorer.mine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import k2explorer.i18n.Numbers;
import k2explorer.catalog.KForm;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.mine.plans.DayPlan;
import k2explorer.mine.plans.PlanUnit;
import k2explorer.mine.plans.Plans;
import k2explorer.storage.SqliteFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user data file on real SQLite files: changes, migrations, backups, and files that are broken or busy. */
public class UserDataStoreTest {
    @TempDir
    Path dir;

    public static MyFood natto(String name) {
        return new MyFood(null, name, "Fermented soy", "label of brand X, 2026", Map.of(KForm.MK7, 870.0, KForm.K1,
                23.0), List.of(new MyFood.MyPortion("1 pack", 45)));
    }

    static DayPlan plan(String name, LocalDate date) {
        return new DayPlan(null, name, date, List.of(
                new DayPlan.Item("usda:11457", "Spinach, raw", 30, PlanUnit.GRAMS, null, null),
                new DayPlan.Item("lit:KAMAO2007:natto", "Natto", 1, PlanUnit.SERVINGS, "1 pack", 40.0)));
    }

    @Test
    void aNewFileIsCreatedAtTheLatestVersionWithWalAndForeignKeys() throws SQLException {
        UserDataStore.Opened opened = UserDataStore.open(dir);
        try (UserDataStore store = opened.store()) {
            assertEquals(UserDataStore.Status.CREATED, opened.status());
            assertEquals(UserDataSchema.LATEST, store.schemaVersion());
            assertFalse(store.readOnly());
            assertEquals("wal", store.read(c -> pragma(c, "journal_mode"), ""));
            assertEquals("1", store.read(c -> pragma(c, "foreign_keys"), ""));
        }
        assertTrue(Files.exists(dir.resolve(UserDataStore.FILE_NAME)));
    }

    @Test
    void myFoodsAreCreatedEditedAndDeleted() {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods foods = new MyFoods(store);
            MyFoods.SaveResult created = foods.save(natto("Natto, brand X"));
            assertTrue(created.ok(), created.problems().toString());
            String id = created.saved().id();
            MyFood edited = new MyFood(id, "Natto, brand X (2026)", "Fermented soy", "label, 2026 edition",
                    Map.of(KForm.MK7, 910.0), List.of(new MyFood.MyPortion("1 pack", 50),
                    new MyFood.MyPortion("1 tbsp", 15)));
            assertTrue(foods.save(edited).ok());
            List<MyFood> all = foods.all();
            assertEquals(1, all.size());
            assertEquals(edited, all.get(0));
            assertEquals(id, all.get(0).id(), "the id survives edits");
            foods.delete(id);
            assertEquals(List.of(), foods.all());
            assertEquals(0, store.read(c -> count(c, "my_food_value") + count(c, "my_food_portion"), -1),
                    "values and portions go with their food");
        }
    }

    @Test
    void invalidFoodsAreRefusedWithAMessagePerFieldAndNothingIsSaved() {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods foods = new MyFoods(store);
            assertTrue(foods.save(natto("Gouda, farm")).ok());
            MyFood bad = new MyFood(null, " gouda, FARM ", "", " ", Map.of(KForm.K1, -1.0, KForm.MK7, Double.NaN,
                    KForm.MK9, 100_001.0), List.of(new MyFood.MyPortion("slice", 0)));
            MyFoods.SaveResult result = foods.save(bad);
            assertFalse(result.ok());
            Map<String, String> byField = new java.util.HashMap<>();
            result.problems().forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + " " + b));
            assertTrue(byField.get("name").contains("already have a food called"), byField.toString());
            assertTrue(byField.get("source").startsWith("Say where the numbers come from"));
            assertEquals("An amount cannot be negative.", byField.get("K1"));
            assertEquals("Enter a number.", byField.get("MK-7"));
            assertEquals("At most " + Numbers.shown(100_000) + " µg per 100 g.", byField.get("MK-9"));
            assertEquals("A portion must weigh more than 0 g.", byField.get("portion"));
            assertEquals(1, foods.all().size());
            assertTrue(foods.save(new MyFood(null, "", "", "x", Map.of(), List.of())).problems().stream()
                    .anyMatch(p -> p.message().equals("Enter a name.")));
        }
    }

    @Test
    void plansAreSavedWholeRenamedAndDeletedAndKeepStableFoodIds() {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            Plans plans = new Plans(store);
            DayPlan saved = plans.save(plan("Monday", LocalDate.of(2026, 11, 23)));
            assertNotNull(saved.id());
            DayPlan renamed = plans.save(new DayPlan(saved.id(), "Monday (light)", saved.date(),
                    saved.items().subList(0, 1)));
            assertEquals(List.of(renamed), plans.all());
            UserDataException dup = assertThrows(UserDataException.class, () -> plans.save(plan("monday (LIGHT)",
                    null)));
            assertTrue(dup.getMessage().contains("already have a plan called"));
            assertEquals(1, plans.all().size(), "the refused plan left nothing behind");
            plans.delete(saved.id());
            assertEquals(List.of(), plans.all());
            assertEquals(0, store.read(c -> count(c, "plan_item"), -1));
        }
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(natto("Natto A"));
            new Plans(store).save(plan("Tuesday", LocalDate.of(2026, 11, 24)));
        }
        UserDataStore.Opened again = UserDataStore.open(dir);
        try (UserDataStore store = again.store()) {
            assertEquals(UserDataStore.Status.OK, again.status());
            assertEquals("Natto A", new MyFoods(store).all().get(0).name());
            assertEquals(2, new Plans(store).all().get(0).items().size());
        }
    }

    /** A file of each earlier version, with data in it, opens migrated, with its data and a backup beside it. */
    @Test
    void everyEarlierVersionMigratesToTheLatestKeepingItsDataAndABackup() throws Exception {
        for (int from = 1; from < UserDataSchema.LATEST; from++) {
            Path folder = Files.createDirectories(dir.resolve("from-v" + from));
            List<Migration> upTo = UserDataSchema.MIGRATIONS.subList(0, from);
            try (UserDataStore old = UserDataStore.open(folder, upTo).store()) {
                assertEquals(from, old.schemaVersion());
                assertTrue(new MyFoods(old).save(natto("Natto from v" + from)).ok());
                if (from >= 2) {
                    old.write(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("INSERT INTO plan (name, created_at, updated_at) VALUES ('Old plan', 'x', 'x')");
                            s.execute("INSERT INTO plan_item (plan_id, seq, food_id, food_name, amount, unit) "
                                    + "VALUES (1, 0, 'usda:11457', 'Spinach, raw', 30, 'GRAMS')");
                        }
                        return null;
                    });
                }
            }
            UserDataStore.Opened opened = UserDataStore.open(folder);
            try (UserDataStore store = opened.store()) {
                assertEquals(UserDataStore.Status.MIGRATED, opened.status(), "from v" + from);
                assertEquals(UserDataSchema.LATEST, store.schemaVersion());
                assertEquals("Natto from v" + from, new MyFoods(store).all().get(0).name());
                if (from >= 2) {
                    DayPlan old = new Plans(store).all().get(0);
                    assertEquals("Old plan", old.name());
                    assertEquals(null, old.date(), "plans from before dates have none");
                    assertEquals(30, old.items().get(0).amount());
                }
            }
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith("user-data.before-v"))
                        .toList();
                assertEquals(1, backups.size(), "one backup before migrating from v" + from);
                assertTrue(FileHealth.of(backups.get(0)).ok());
            }
        }
    }

    @Test
    void aFailedMigrationPutsTheFileBackAsItWasAndSaysWhere() throws Exception {
        try (UserDataStore old = UserDataStore.open(dir, UserDataSchema.MIGRATIONS.subList(0, 1)).store()) {
            new MyFoods(old).save(natto("Keep me"));
        }
        List<Migration> broken = new ArrayList<>(UserDataSchema.MIGRATIONS.subList(0, 1));
        broken.add(new Migration(2, List.of("CREATE TABLE plan (id INTEGER PRIMARY KEY)",
                "INSERT INTO no_such_table VALUES (1)")));
        UserDataException e = assertThrows(UserDataException.class, () -> UserDataStore.open(dir, broken));
        assertTrue(e.getMessage().contains("the file was put back as it was"), e.getMessage());
        assertTrue(e.getMessage().contains("user-data.before-v2-"), e.getMessage());
        try (UserDataStore store = UserDataStore.open(dir, UserDataSchema.MIGRATIONS.subList(0, 1)).store()) {
            assertEquals(1, store.schemaVersion());
            assertEquals("Keep me", new MyFoods(store).all().get(0).name());
            assertEquals(0, store.read(c -> count(c, "sqlite_master WHERE name = 'plan'"), -1));
        }
    }

    /** Descriptors this process holds on files in {@code folder} (Linux /proc; elsewhere the test is skipped). */
    private static List<String> openFilesIn(Path folder) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "no /proc/self/fd to see open files here");
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) all::iterator) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(folder.toRealPath())) {
                        open.add(target.getFileName().toString());
                    }
                } catch (IOException e) {
                    // closed while listing
                }
            }
        }
        return open;
    }

    /** A migration of a new file that fails leaves no connection and no lock open: the folder can be used again. */
    @Test
    void aFailedMigrationOfANewFileClosesItsConnection() throws Exception {
        List<Migration> broken = List.of(new Migration(1, List.of("CREATE TABLE my_food (id TEXT)",
                "INSERT INTO no_such_table VALUES (1)")));
        UserDataException e = assertThrows(UserDataException.class, () -> UserDataStore.open(dir, broken));
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(List.of(), openFilesIn(dir), "files still open after the failure");
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            assertFalse(store.readOnly(), store.readOnlyReason());
        }
    }

    @Test
    void aCorruptFileIsMovedAsideNotDeletedAndAFreshFileIsUsed() throws IOException {
        Path file = dir.resolve(UserDataStore.FILE_NAME);
        byte[] garbage = "this is not a database, it is a shopping list".repeat(200).getBytes();
        Files.write(file, garbage);
        UserDataStore.Opened opened = UserDataStore.open(dir);
        try (UserDataStore store = opened.store()) {
            assertEquals(UserDataStore.Status.CORRUPT_MOVED_ASIDE, opened.status());
            assertTrue(opened.message().contains(opened.movedAside().toString()), opened.message());
            assertTrue(opened.message().contains("nothing was deleted"));
            assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(opened.movedAside())),
                    "the broken file is kept byte for byte");
            assertTrue(new MyFoods(store).save(natto("After the crash")).ok(), "the fresh file works");
        }
    }

    @Test
    void aSecondInstanceOpensReadOnlyAndCannotChangeTheFirstInstancesData() {
        try (UserDataStore first = UserDataStore.open(dir).store()) {
            new MyFoods(first).save(natto("Mine"));
            UserDataStore.Opened second = UserDataStore.open(dir);
            try (UserDataStore other = second.store()) {
                assertEquals(UserDataStore.Status.READ_ONLY_LOCKED, second.status());
                assertTrue(other.readOnly());
                assertTrue(second.message().contains(dir.resolve(UserDataStore.FILE_NAME).toString()));
                assertEquals("Mine", new MyFoods(other).all().get(0).name(), "the second window can read");
                UserDataException e = assertThrows(UserDataException.class,
                        () -> new MyFoods(other).save(natto("Theirs")));
                assertTrue(e.getMessage().startsWith("Not saved: your data is open read-only"));
            }
            assertEquals(1, new MyFoods(first).all().size());
            assertTrue(new MyFoods(first).save(natto("Still mine")).ok(), "the first window still writes");
        }
    }

    /** A file that cannot be written (chmod 444, or as root chattr +i, which binds root too) opens read-only. */
    @Test
    void aFileThatCannotBeWrittenOpensReadOnly() throws IOException {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(natto("Read me"));
        }
        Path file = dir.resolve(UserDataStore.FILE_NAME);
        try (var readOnly = k2explorer.ReadOnlyFolder.of(file)) {
            assertFalse(Files.isWritable(file));
            UserDataStore.Opened opened = UserDataStore.open(dir);
            try (UserDataStore store = opened.store()) {
                assertEquals(UserDataStore.Status.READ_ONLY_FILE, opened.status());
                assertTrue(opened.message().contains("cannot be written"), opened.message());
                assertEquals("Read me", new MyFoods(store).all().get(0).name());
                assertThrows(UserDataException.class, () -> new MyFoods(store).save(natto("No")));
            }
        }
    }

    /**
     * Real permissions, seen by a process they bind (as root the child runs as {@code nobody}): after a normal exit
     * (no -wal, no -shm) a folder at {@code chmod 555} owned by someone else, and a file that cannot be written in a
     * folder that can, both show every food and plan read-only and say why, without claiming the file is unreadable.
     * SQLite answers a read-only folder with SQLITE_READONLY_DIRECTORY, which the store must read as "open it
     * immutable", not as "unreadable".
     */
    @Test
    void aReallyReadOnlyFolderOrFileShowsEveryFoodAndPlanToAnOrdinaryUser() throws Exception {
        Path shared = k2explorer.OtherUser.sharedTempDir();
        try (k2explorer.OtherUser other = k2explorer.OtherUser.forClasses(OpenAsOtherUserChild.class,
                UserDataStore.class, org.sqlite.SQLiteConfig.class, org.slf4j.LoggerFactory.class)) {
            Path folder = Files.createDirectory(shared.resolve("read-only folder"));
            folderWithData(folder);
            assertFalse(Files.exists(folder.resolve(UserDataStore.FILE_NAME + "-wal")), "a normal exit");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            String seen = other.run(OpenAsOtherUserChild.class, folder.toString());
            assertSeenReadOnly(seen, folder);

            Path fileOnly = Files.createDirectory(shared.resolve("read-only file"));
            folderWithData(fileOnly);
            Files.setPosixFilePermissions(fileOnly, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.setPosixFilePermissions(fileOnly.resolve(UserDataStore.LOCK_NAME),
                    PosixFilePermissions.fromString("rw-rw-rw-"));
            Files.setPosixFilePermissions(fileOnly.resolve(UserDataStore.FILE_NAME),
                    PosixFilePermissions.fromString("r--r--r--"));
            seen = other.run(OpenAsOtherUserChild.class, fileOnly.toString());
            assertSeenReadOnly(seen, fileOnly);
        } finally {
            k2explorer.OtherUser.deleteTree(shared);
        }
    }

    /** A read-only mount (EROFS for everyone, root included) shows every food and plan, read-only, with the reason. */
    @Test
    void aReadOnlyMountShowsEveryFoodAndPlan() throws IOException {
        folderWithData(dir);
        try (var readOnly = k2explorer.ReadOnlyFolder.mounted(dir)) {
            UserDataStore.Opened opened = UserDataStore.open(dir);
            try (UserDataStore store = opened.store()) {
                assertOpenedReadOnlyBecauseNotWritable(opened, dir);
                assertKeptFoodAndPlan(store);
                assertFalse(opened.message().contains("SQLITE"), opened.message());
            }
        }
    }

    private static void assertSeenReadOnly(String seen, Path folder) {
        assertTrue(seen.contains("status=READ_ONLY_FILE"), seen);
        assertTrue(seen.contains("food=Kept natto") && seen.contains("plan=Kept plan"), seen);
        assertTrue(seen.contains("saved=no"), seen);
        assertTrue(seen.contains("cannot be written") && seen.contains(folder.toString()), seen);
        for (String wrong : List.of("could not be read", "SQLITE_", "another K2 Explorer window", "damaged")) {
            assertFalse(seen.contains(wrong), "\"" + wrong + "\" in: " + seen);
        }
    }

    /** Saves a food and a plan, closes the file cleanly and returns the folder's lock file, which then exists. */
    private Path folderWithData(Path folder) {
        try (UserDataStore store = UserDataStore.open(folder).store()) {
            new MyFoods(store).save(natto("Kept natto"));
            new Plans(store).save(plan("Kept plan", LocalDate.of(2026, 11, 25)));
        }
        return folder.resolve(UserDataStore.LOCK_NAME);
    }

    /** The store shows the food and the plan {@link #folderWithData} saved, and nothing else. */
    private static void assertKeptFoodAndPlan(UserDataStore store) {
        assertEquals(List.of("Kept natto"), new MyFoods(store).all().stream().map(MyFood::name).toList());
        assertEquals(List.of("Kept plan"), new Plans(store).all().stream().map(DayPlan::name).toList());
    }

    private static void assertOpenedReadOnlyBecauseNotWritable(UserDataStore.Opened opened, Path folder) {
        assertEquals(UserDataStore.Status.READ_ONLY_FILE, opened.status(), opened.message());
        String message = opened.message();
        assertTrue(message.contains("cannot be written") && message.contains(folder.toString()), message);
        for (String wrong : List.of("another K2 Explorer window", "damaged", "could not be read", "moved aside")) {
            assertFalse(message.contains(wrong), "\"" + wrong + "\" in: " + message);
        }
        assertTrue(opened.store().readOnly());
    }

    @Test
    void aReadOnlyFolderShowsTheFoodsAndPlansAndSaysItCannotBeWritten() throws IOException {
        folderWithData(dir);
        try (var readOnly = k2explorer.ReadOnlyFolder.of(dir)) {
            UserDataStore.Opened opened = UserDataStore.open(dir);
            try (UserDataStore store = opened.store()) {
                assertOpenedReadOnlyBecauseNotWritable(opened, dir);
                assertKeptFoodAndPlan(store);
                UserDataException e = assertThrows(UserDataException.class,
                        () -> new MyFoods(store).save(natto("Not saved")));
                assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("corrupt")).toList(), "nothing was moved aside");
        }
    }

    @Test
    void aReadOnlyFolderWithoutALockFileIsNotMistakenForAnotherWindow() throws IOException {
        Files.delete(folderWithData(dir));
        try (var readOnly = k2explorer.ReadOnlyFolder.of(dir)) {
            UserDataStore.Opened opened = UserDataStore.open(dir);
            try (UserDataStore store = opened.store()) {
                assertOpenedReadOnlyBecauseNotWritable(opened, dir);
                assertEquals(List.of("Kept natto"), new MyFoods(store).all().stream().map(MyFood::name).toList());
            }
        }
    }

    /**
     * A file whose last changes are still in its -wal (the app was killed) in a folder that became read-only: with
     * the -shm beside it every change is shown; without it SQLite can only read the main file, and the message says
     * that the latest changes are not shown rather than hiding it.
     */
    @Test
    void aReadOnlyFolderWithALeftoverWalShowsItsChangesOrSaysTheyAreNotShown() throws Exception {
        folderWithData(dir);
        Path file = dir.resolve(UserDataStore.FILE_NAME);
        Path copy = Files.createDirectory(dir.resolve("copy"));
        Path copyShm = copy.resolve(UserDataStore.FILE_NAME + "-shm");
        try (Connection c = SqliteFiles.open(file, SqliteFiles.Access.DURABLE)) {
            c.createStatement().execute("PRAGMA wal_autocheckpoint = 0");
            MyFoods.upsert(c, new MyFood("in-wal", "Only in the WAL", "", "label", Map.of(KForm.K1, 1.0), List.of()));
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.copy(dir.resolve(UserDataStore.FILE_NAME + suffix), copy.resolve(UserDataStore.FILE_NAME + suffix));
            }
        }
        // Spaces, # and % in the folder name check that the immutable URI is escaped.
        Path withoutShm = Files.createDirectory(dir.resolve("without shm #1 %20"));
        for (String suffix : List.of("", "-wal")) {
            Files.copy(copy.resolve(UserDataStore.FILE_NAME + suffix), withoutShm.resolve(UserDataStore.FILE_NAME
                    + suffix));
        }
        assertTrue(Files.size(copy.resolve(UserDataStore.FILE_NAME + "-wal")) > 0 && Files.exists(copyShm));
        try (var readOnly = k2explorer.ReadOnlyFolder.of(copy)) {
            UserDataStore.Opened opened = UserDataStore.open(copy);
            try (UserDataStore store = opened.store()) {
                assertOpenedReadOnlyBecauseNotWritable(opened, copy);
                assertEquals(List.of("Kept natto", "Only in the WAL"),
                        new MyFoods(store).all().stream().map(MyFood::name).toList());
            }
        }
        try (var readOnly = k2explorer.ReadOnlyFolder.of(withoutShm)) {
            UserDataStore.Opened opened = UserDataStore.open(withoutShm);
            try (UserDataStore store = opened.store()) {
                assertOpenedReadOnlyBecauseNotWritable(opened, withoutShm);
                assertEquals(List.of("Kept natto"), new MyFoods(store).all().stream().map(MyFood::name).toList());
                assertTrue(opened.message().contains(UserDataStore.FILE_NAME + "-wal"), opened.message());
            }
        }
    }

    /**
     * A kill or power cut in the middle of a transaction in rollback-journal mode (as when a restore or a migration
     * switches the journal mode) leaves a hot journal beside a main file that holds half-written pages. The next
     * start rolls it back and opens normally with the committed data, never read-only with SQLite's text.
     * The state is made by copying the files while the transaction is open: no process then holds their locks,
     * exactly as after kill -9.
     */
    @Test
    void aHotRollbackJournalIsRolledBackAndTheCommittedDataOpensWritable() throws Exception {
        Path live = Files.createDirectory(dir.resolve("live"));
        folderWithData(live);
        Path file = live.resolve(UserDataStore.FILE_NAME);
        Path copy = Files.createDirectory(dir.resolve("after a kill"));
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA cache_size = 2");
            s.execute("BEGIN IMMEDIATE");
            for (int i = 0; i < 300; i++) {
                MyFoods.upsert(c, new MyFood("half-" + i, "Half written " + i + " " + "x".repeat(400), "", "label",
                        Map.of(KForm.K1, 1.0), List.of()));
            }
            s.execute("UPDATE my_food SET name = 'Changed, never committed' WHERE name = 'Kept natto'");
            Path journal = live.resolve(UserDataStore.FILE_NAME + "-journal");
            assertTrue(Files.size(journal) > 0, "the transaction has a journal");
            Files.copy(file, copy.resolve(UserDataStore.FILE_NAME));
            Files.copy(journal, copy.resolve(UserDataStore.FILE_NAME + "-journal"));
            s.execute("ROLLBACK");
        }
        UserDataStore.Opened opened = UserDataStore.open(copy);
        try (UserDataStore store = opened.store()) {
            assertEquals(UserDataStore.Status.OK, opened.status(), opened.message());
            assertFalse(store.readOnly(), store.readOnlyReason());
            assertKeptFoodAndPlan(store);
            new MyFoods(store).save(natto("Saved after the roll-back"));
        }
        assertFalse(Files.exists(copy.resolve(UserDataStore.FILE_NAME + "-journal")), "rolled back");
    }

    /** Something SQLite cannot open at all is not thereby damaged: it stays where it is and nothing calls it corrupt. */
    @Test
    void aFileThatCannotBeOpenedIsNeitherCalledDamagedNorMovedAside() throws IOException {
        Path file = Files.createDirectory(dir.resolve(UserDataStore.FILE_NAME));
        UserDataStore.Opened opened = UserDataStore.open(dir);
        try (UserDataStore store = opened.store()) {
            assertTrue(store.readOnly());
            assertTrue(Files.isDirectory(file), "left where it was");
            assertTrue(opened.message().contains(file.toString()), opened.message());
            assertTrue(opened.message().contains("is a folder, not a data file"), opened.message());
            for (String wrong : List.of("damaged", "corrupt", "moved aside", "another K2 Explorer window", "I/O",
                    "SQLITE")) {
                assertFalse(opened.message().contains(wrong), "\"" + wrong + "\" in: " + opened.message());
            }
            assertEquals(List.of(), new MyFoods(store).all());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("corrupt")).toList());
        }
    }

    @Test
    void aBackupRestoresEverythingAndTheReplacedDataIsKept() {
        Path backup = dir.resolve("backup.sqlite");
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(natto("Before backup"));
            store.backupTo(backup);
            new MyFoods(store).save(natto("After backup"));
            Path previous = store.restoreFrom(backup).previous();
            assertEquals(List.of("Before backup"), new MyFoods(store).all().stream().map(MyFood::name).toList());
            assertTrue(FileHealth.of(previous).ok());
        }
    }

    /** One restore checks the backup once and hands back the settings it carries with the place of the old data. */
    @Test
    void aRestoreHandsBackTheSettingsTheBackupCarries() {
        Path backup = dir.resolve("with-settings.sqlite");
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(natto("Kept"));
            store.backupTo(backup, Map.of("theme", "dark", "target.ug", "120"));
            UserDataStore.Restored restored = store.restoreFrom(backup);
            assertEquals(Map.of("theme", "dark", "target.ug", "120"), restored.preferences());
            assertTrue(FileHealth.of(restored.previous()).ok());
            assertEquals(List.of("Kept"), new MyFoods(store).all().stream().map(MyFood::name).toList());
        }
    }

    @Test
    void restoringSomethingThatIsNotABackupIsRefusedAndChangesNothing() throws IOException {
        Path notABackup = Files.writeString(dir.resolve("notes.sqlite"), "hello");
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(natto("Stay"));
            UserDataException e = assertThrows(UserDataException.class, () -> store.restoreFrom(notABackup));
            assertTrue(e.getMessage().contains("notes.sqlite"));
            assertEquals("Stay", new MyFoods(store).all().get(0).name());
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
