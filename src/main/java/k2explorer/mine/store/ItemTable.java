package k2explorer.mine.store;

/**
 * The tables of the things the user keeps, one row per item: the only table names that reach SQL built for "any
 * kind of item" ({@link StoredItems}, the names taken), so no free text is ever pasted into a statement.
 */
public enum ItemTable {
    /** The user's foods. */
    FOODS("my_food"),
    /** The user's day plans. */
    PLANS("plan");

    private final String sqlName;

    ItemTable(String sqlName) {
        this.sqlName = sqlName;
    }

    /** The table's name in the schema ({@link UserDataSchema}). */
    public String sqlName() {
        return sqlName;
    }
}
