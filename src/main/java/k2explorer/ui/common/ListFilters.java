package k2explorer.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import k2explorer.catalog.SearchText;

/**
 * The filters of a list a tab shows: choices (a value, or null for all) and a search box, each change applied at
 * once. Showing a row the filters hide clears them all, so a link from elsewhere always lands on its row. Plain
 * properties: usable by view-models without the FX thread.
 */
public final class ListFilters<T> {
    private final FilteredList<T> list;
    private final List<Supplier<Predicate<T>>> tests = new ArrayList<>();
    private final List<Runnable> clears = new ArrayList<>();

    public ListFilters(FilteredList<T> list) {
        this.list = list;
    }

    /** Rows pass when nothing is chosen, or when {@code of(row)} is the chosen value. */
    public <V> ListFilters<T> choice(Property<V> chosen, Function<T, V> of) {
        return choice(chosen, (row, value) -> Objects.equals(of.apply(row), value));
    }

    /** Rows pass when nothing is chosen, or when {@code matches(row, chosen)}. */
    public <V> ListFilters<T> choice(Property<V> chosen, BiPredicate<T, V> matches) {
        return add(chosen, () -> {
            V value = chosen.getValue();
            return value == null ? row -> true : row -> matches.test(row, value);
        }, () -> chosen.setValue(null));
    }

    /** Rows pass when their normalised search text holds every word of the query (word starts, accents ignored). */
    public ListFilters<T> query(StringProperty query, Function<T, String> searchKey) {
        return add(query, () -> {
            SearchText.Query q = SearchText.Query.of(query.get());
            return q.isEmpty() ? row -> true : row -> q.matches(searchKey.apply(row));
        }, () -> query.set(""));
    }

    private ListFilters<T> add(Property<?> property, Supplier<Predicate<T>> test, Runnable clear) {
        tests.add(test);
        clears.add(clear);
        property.addListener(obs -> apply());
        apply();
        return this;
    }

    /** Filters the list by every filter as they are now. */
    public void apply() {
        List<Predicate<T>> now = tests.stream().map(Supplier::get).toList();
        list.setPredicate(row -> now.stream().allMatch(p -> p.test(row)));
    }

    /** Every choice back to "all" and the search box emptied. */
    public void clear() {
        clears.forEach(Runnable::run);
    }

    /** Clears the filters when they hide {@code row}, so it can be shown and selected. */
    public void reveal(T row) {
        if (!list.contains(row)) {
            clear();
        }
    }
}
