package k2explorer.mine.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import k2explorer.i18n.Messages;
import k2explorer.storage.Sql;

/**
 * One kind of thing the user keeps in the store (their foods, their plans): read whole, row by row, so a row this
 * version cannot take hides only its own item; deleted by id in one transaction.
 */
public abstract class StoredItems<T> {
    protected final UserDataStore store;
    private final ItemTable table;
    private final String what;
    private final StoredRows.Reader<T> reader;

    /** {@code whatKey} names the items in a message ("your foods"); {@code table} holds one row per item. */
    protected StoredItems(UserDataStore store, ItemTable table, String whatKey, StoredRows.Reader<T> reader) {
        this.store = store;
        this.table = table;
        this.what = whatKey;
        this.reader = reader;
    }

    public List<T> all() {
        return read().items();
    }

    /** The items that can be shown, and the rows that could not be read (their items are left out, untouched). */
    public StoredRows<T> read() {
        return store.readRows(Messages.get(what), reader);
    }

    /**
     * Of {@code nameKeys} (every item's name in the file, keyed), those held only by items this version cannot read:
     * kept in the file but not shown, so the user can neither see nor delete them.
     */
    protected Set<String> heldOnlyByUnread(Set<String> nameKeys, Function<T, String> nameKey) {
        Set<String> keys = new HashSet<>(nameKeys);
        all().forEach(item -> keys.remove(nameKey.apply(item)));
        return keys;
    }

    /** Deletes the item with {@code id} (and, by the schema's cascade, its rows in other tables). */
    protected void deleteById(Object id, String deletedKey) {
        store.write(Messages.get(deletedKey), c -> Sql.update(c, "DELETE FROM " + table.sqlName() + " WHERE id = ?", id));
    }
}
