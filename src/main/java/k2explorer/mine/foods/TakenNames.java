package k2explorer.mine.foods;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import k2explorer.mine.store.ItemTable;
import k2explorer.storage.Sql;

/**
 * The names the user's foods or plans already use, asked one way when one is saved, renamed or imported: every item
 * in the file counts, one this version cannot read included (it is hidden, not gone), each name keyed by the one rule
 * of the same name ({@link MyFoodRules#nameKey}), not SQLite's NOCASE, which folds ASCII only.
 */
public final class TakenNames {
    /** The table of the user's foods. */
    public static final ItemTable FOODS = ItemTable.FOODS;
    /** The table of the user's plans. */
    public static final ItemTable PLANS = ItemTable.PLANS;

    private TakenNames() {
    }

    /** The keys of the names in {@code table} ({@link #FOODS} or {@link #PLANS}) but item {@code exceptId}'s. */
    public static Set<String> in(Connection c, ItemTable table, Object exceptId) throws SQLException {
        Set<String> names = new HashSet<>();
        Sql.eachRow(c, "SELECT name FROM " + table.sqlName() + " WHERE id IS NOT ?",
                rs -> names.add(MyFoodRules.nameKey(rs.getString(1))), exceptId);
        return names;
    }
}
