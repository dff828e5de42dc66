package k2explorer.catalog;

import java.util.function.IntFunction;

/**
 * The places of items in a list by their ids: an open-addressed table of ints (0 = free), no map entries and no boxed
 * numbers for ten thousand foods or rows. Built once over a list that never changes, then only read.
 */
public final class IdIndex {
    private final int[] places;
    private final IntFunction<String> idAt;

    /**
     * Indexes {@code size} items whose ids {@code idAt} gives by place; of items sharing an id, the first is found when
     * {@code firstWins}, else the last.
     */
    public IdIndex(int size, IntFunction<String> idAt, boolean firstWins) {
        this.idAt = idAt;
        this.places = new int[Integer.highestOneBit(Math.max(size, 1) * 2) * 2];
        for (int place = 0; place < size; place++) {
            int slot = slot(idAt.apply(place));
            if (places[slot] == 0 || !firstWins) {
                places[slot] = place + 1;
            }
        }
    }

    /** The place of the item with this id, or -1 when there is none (or the id is null). */
    public int placeOf(String id) {
        return id == null ? -1 : places[slot(id)] - 1;
    }

    /** The id's slot: the one holding its item, or the free one where it would go. */
    private int slot(String id) {
        int mask = places.length - 1;
        int h = id.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        int place;
        while ((place = places[i]) != 0 && !idAt.apply(place - 1).equals(id)) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
