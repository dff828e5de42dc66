package k2explorer.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import k2explorer.catalog.SearchText;

/**
 * The normalised search text of each item of a list (studies, claims), worked out when a search first needs it and
 * kept: not all of them on the FX thread when the catalog arrives, before the first frame, for a search that may never
 * come. Plain Java; used from one thread.
 */
public final class SearchKeys<T> {
    private final Function<? super T, String> words;
    private final Map<T, String> keys = new HashMap<>();

    /** {@code words}: the text a search matches an item against, before normalising. */
    public SearchKeys(Function<? super T, String> words) {
        this.words = words;
    }

    /** The item's key for {@link SearchText.Query#matches}. */
    public String of(T item) {
        return keys.computeIfAbsent(item, i -> SearchText.normalise(words.apply(i)));
    }

    /** Forgets every key (a new catalog). */
    public void clear() {
        keys.clear();
    }

    /** How many keys were worked out so far. */
    public int made() {
        return keys.size();
    }
}
