package k2explorer.mine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import k2explorer.storage.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of item names a table of the user's store that has the id and name every item is found by. */
class ItemTableTest {
    @TempDir
    Path dir;

    @Test
    void everyItemTableIsATableOfTheStoreWithAnIdAndAName() throws Exception {
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            for (ItemTable table : ItemTable.values()) {
                List<String> columns = store.read(c -> {
                    List<String> names = new ArrayList<>();
                    Sql.eachRow(c, "SELECT name FROM pragma_table_info(?) WHERE name IN ('id', 'name') ORDER BY name",
                            rs -> names.add(rs.getString(1)), table.sqlName());
                    return names;
                }, List.of());
                assertEquals(List.of("id", "name"), columns, table + " (" + table.sqlName() + ")");
            }
        }
    }
}
