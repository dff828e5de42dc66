package k2explorer.mine.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What reading the user's rows found: the items that can be shown, and the rows this version could not read
 * (left in the file untouched; the items they belong to are left out).
 */
public record StoredRows<T>(List<T> items, List<UnreadRow> unread) {
    public StoredRows {
        items = List.copyOf(items);
        unread = List.copyOf(unread);
    }

    static <T> StoredRows<T> none() {
        return new StoredRows<>(List.of(), List.of());
    }

    /** Reads the items row by row, adding each row it cannot take to {@code unread} and leaving its item out. */
    @FunctionalInterface
    public interface Reader<T> {
        List<T> read(Connection c, List<UnreadRow> unread) throws SQLException;
    }

    /** The constant stored under its enum name, or null for a name this version does not know. */
    public static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
