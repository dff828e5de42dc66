package k2explorer.catalog.store;

/**
 * Hands out one instance per distinct immutable value (strings, records, lists) while a catalog is read: thousands of
 * foods repeat the same group names, portions ("1 oz" = 28.35 g) and values (a USDA assumed zero with the same
 * statistics), and each is kept once. Equal values stay equal, so nothing a reader of the catalog sees changes.
 * One open-addressed table and no entry objects: the reader's garbage stays small.
 */
final class Interner {
    private Object[] table = new Object[1 << 12];
    private int size;

    /** The instance kept for values equal to {@code value} (null for null). */
    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
        if (value == null) {
            return null;
        }
        int mask = table.length - 1;
        int i = mix(value.hashCode()) & mask;
        Object kept;
        while ((kept = table[i]) != null) {
            if (kept.equals(value)) {
                return (T) kept;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        if (++size * 2 > table.length) {
            grow();
        }
        return value;
    }

    private void grow() {
        Object[] old = table;
        table = new Object[old.length * 2];
        int mask = table.length - 1;
        for (Object o : old) {
            if (o != null) {
                int i = mix(o.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = o;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
