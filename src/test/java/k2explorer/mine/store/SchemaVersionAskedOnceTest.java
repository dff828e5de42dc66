package k2explorer.mine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoods;
import k2explorer.storage.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads ask SQLite for the file's schema version once per connection, not on every read; an empty file that another
 * window is still setting up is asked again until its tables are there, and a restore's new connection asks afresh.
 */
class SchemaVersionAskedOnceTest {
    @TempDir
    Path dir;

    @Test
    void manyReadsAskTheVersionOnce() throws SQLException {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(UserDataStoreTest.natto("Natto"));
        }
        AtomicInteger asked = new AtomicInteger();
        StoreFiles files = StoreFiles.in(dir);
        Connection counting = counting(SqliteFiles.open(files.file(), SqliteFiles.Access.READ_ONLY), asked);
        UserDataStore store = new UserDataStore(new Migrator(UserDataSchema.MIGRATIONS),
                new LiveConnection(files, counting), "read-only for the test", null);
        try (store) {
            for (int i = 0; i < 5; i++) {
                assertEquals(List.of("Natto"), new MyFoods(store).all().stream().map(MyFood::name).toList());
            }
        }
        assertEquals(1, asked.get(), "PRAGMA user_version asked per read");
    }

    @Test
    void anEmptyFileIsAskedAgainUntilItHasItsTables() throws SQLException {
        StoreFiles files = StoreFiles.in(dir);
        // An empty SQLite file (version 0), as another window leaves it before it has set it up.
        try (Connection c = SqliteFiles.answering(files.file(), SqliteFiles.Access.READ_WRITE)) {
            assertEquals(0, SqliteFiles.userVersion(c));
        }
        LiveConnection live = new LiveConnection(files, SqliteFiles.answering(files.file(),
                SqliteFiles.Access.READ_ONLY));
        try (UserDataStore readOnly = new UserDataStore(new Migrator(UserDataSchema.MIGRATIONS), live,
                "another window has it", null)) {
            assertEquals(List.of(), new MyFoods(readOnly).all(), "no tables yet: nothing, and no error");
            // The other window now sets the file up and saves a food.
            LiveConnection writer = new LiveConnection(files, SqliteFiles.answering(files.file(),
                    SqliteFiles.Access.DURABLE));
            try (UserDataStore other = new UserDataStore(new Migrator(UserDataSchema.MIGRATIONS), writer, null,
                    null)) {
                new Migrator(UserDataSchema.MIGRATIONS).migrate(writer, 0);
                new MyFoods(other).save(UserDataStoreTest.natto("Set up later"));
            }
            assertEquals(List.of("Set up later"), new MyFoods(readOnly).all().stream().map(MyFood::name).toList());
        }
    }

    @Test
    void aRestoredFileIsAskedAfresh() {
        Path backup = dir.resolve("backup.sqlite");
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            new MyFoods(store).save(UserDataStoreTest.natto("In the backup"));
            store.backupTo(backup);
            new MyFoods(store).save(UserDataStoreTest.natto("Not in it"));
            assertEquals(2, new MyFoods(store).all().size());
            store.restoreFrom(backup);
            assertEquals(List.of("In the backup"), new MyFoods(store).all().stream().map(MyFood::name).toList());
            assertTrue(store.schemaVersion() > 0);
        }
    }

    /** A connection whose statements count the queries that ask for the schema version. */
    private static Connection counting(Connection real, AtomicInteger asked) {
        InvocationHandler connection = (proxy, method, args) -> {
            Object result = invoke(method, real, args);
            if (result instanceof Statement s && "createStatement".equals(method.getName())) {
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                        (p, m, a) -> {
                            if (a != null && a.length > 0 && a[0] instanceof String sql
                                    && sql.toLowerCase(java.util.Locale.ROOT).contains("user_version")) {
                                asked.incrementAndGet();
                            }
                            return invoke(m, s, a);
                        });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, connection);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
