package k2explorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import k2explorer.catalog.SearchText;
import k2explorer.studies.Verdict;
import org.junit.jupiter.api.Test;

/** Choices and the search box narrow a list together; revealing a hidden row clears them all. */
class ListFiltersTest {
    private record Row(String text, Verdict verdict, List<String> tags) {
    }

    private final Row natto = new Row("Nattō has the most MK-7", Verdict.SUPPORTED, List.of("a"));
    private final Row cheese = new Row("Gouda cheese holds MK-9", Verdict.PARTLY, List.of("a", "b"));
    private final Row butter = new Row("Butter is rich in K2", Verdict.OVERSTATED, List.of("b"));
    private final FilteredList<Row> list = new FilteredList<>(FXCollections.observableArrayList(natto, cheese, butter));
    private final SimpleObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final SimpleStringProperty tag = new SimpleStringProperty();
    private final SimpleStringProperty query = new SimpleStringProperty("");
    private final ListFilters<Row> filters = new ListFilters<>(list).choice(verdict, Row::verdict)
            .choice(tag, (row, t) -> row.tags().contains(t)).query(query, r -> SearchText.normalise(r.text()));

    @Test
    void everyFilterNarrowsAndNothingChosenShowsAll() {
        assertEquals(List.of(natto, cheese, butter), List.copyOf(list));
        tag.set("b");
        assertEquals(List.of(cheese, butter), List.copyOf(list));
        verdict.set(Verdict.PARTLY);
        assertEquals(List.of(cheese), List.copyOf(list));
        verdict.set(null);
        query.set("butter");
        assertEquals(List.of(butter), List.copyOf(list));
        query.set("natto");
        assertEquals(List.of(), List.copyOf(list), "the search is within what the choices leave");
    }

    @Test
    void revealingAHiddenRowClearsEveryFilterButAShownRowKeepsThem() {
        verdict.set(Verdict.SUPPORTED);
        filters.reveal(natto);
        assertEquals(Verdict.SUPPORTED, verdict.get(), "a row already shown leaves the filters alone");
        query.set("mk");
        tag.set("a");
        filters.reveal(butter);
        assertEquals(null, verdict.get());
        assertEquals(null, tag.get());
        assertEquals("", query.get());
        assertEquals(List.of(natto, cheese, butter), List.copyOf(list));
    }
}
