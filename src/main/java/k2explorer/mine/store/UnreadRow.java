package k2explorer.mine.store;

import java.util.List;
import k2explorer.i18n.Messages;

/**
 * A row of the user's file that this version cannot show (a vitamin K form, unit or date it does not know, an
 * amount out of range: a newer version's file, a restored backup, a hand edit). It is left in the file untouched;
 * the food or plan it belongs to is not shown, and the user is told which it is.
 */
public record UnreadRow(String table, String row, String column, String value) {
    private static final int LISTED = 10;

    /** One message naming the file and every unread row (the first ten, and how many more), or "" for none. */
    public static String message(java.nio.file.Path file, List<UnreadRow> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, rows.size()); i++) {
            UnreadRow r = rows.get(i);
            list.append(i == 0 ? "" : "; ").append(Messages.get("store.unreadRow", r.table(), r.row(), r.column(),
                    r.value() == null ? "NULL" : Messages.clip(r.value())));
        }
        if (rows.size() > LISTED) {
            list.append("; ").append(Messages.get("store.unreadRow.more", rows.size() - LISTED));
        }
        return Messages.get("store.unreadRows", file, rows.size(), list);
    }
}
