package k2explorer.ui.studies;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.SearchText;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimEvidence;
import k2explorer.studies.StudyCatalog;
import k2explorer.studies.Study;
import k2explorer.studies.Verdict;

/** The claims list: verdict filter, selection, and what stands behind the selected claim. */
public final class ClaimsViewModel {
    private final ObservableList<Claim> all = FXCollections.observableArrayList();
    private final FilteredList<Claim> visible = new FilteredList<>(all);
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private Catalog catalog;
    private StudyCatalog studies = StudyCatalog.EMPTY;

    public ClaimsViewModel() {
        verdict.addListener(obs -> visible.setPredicate(c -> verdict.get() == null || c.verdict() == verdict.get()));
    }

    public void setCatalog(Catalog catalog, StudyCatalog studies) {
        this.catalog = catalog;
        this.studies = studies;
        all.setAll(studies.claims());
    }

    public ObservableList<Claim> visible() {
        return visible;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public ObjectProperty<Claim> selectedProperty() {
        return selected;
    }

    public boolean select(String id) {
        if (catalog == null) {
            return false;
        }
        return studies.claim(id).map(c -> {
            if (!visible.contains(c)) {
                verdict.set(null);
            }
            selected.set(c);
            return true;
        }).orElse(false);
    }

    public List<Study> studiesBehind(Claim claim) {
        return studies.studiesBehind(claim);
    }

    public List<Food> foodsBehind(Claim claim) {
        return ClaimEvidence.foodsBehind(claim, catalog);
    }

    /** Claims whose text holds every word of the query (word starts, accents ignored), for the search box. */
    public List<Claim> search(String text) {
        SearchText.Query q = SearchText.Query.of(text);
        if (catalog == null || q.isEmpty()) {
            return List.of();
        }
        return studies.claims().stream()
                .filter(c -> q.matches(SearchText.normalise(c.text() + " " + c.why()))).toList();
    }
}
