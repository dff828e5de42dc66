package k2explorer.ui.studies;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import k2explorer.catalog.Amount;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KValue;
import k2explorer.catalog.SearchText;
import k2explorer.catalog.ValueState;
import k2explorer.i18n.Messages;
import k2explorer.learn.LearnPanel;
import k2explorer.learn.LearnPanels;
import k2explorer.studies.Claim;
import k2explorer.studies.ClaimEvidence;
import k2explorer.studies.ClaimKind;
import k2explorer.studies.StudyCatalog;
import k2explorer.studies.Verdict;
import k2explorer.ui.common.AmountFormat;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.SearchKeys;
import k2explorer.ui.common.ListFilters;

/**
 * The claims list: safety claims first, filters by verdict, kind and seed article, the selected claim, and what
 * stands behind it (its evidence arranged for the verdict screen, its food values). Also the two other readings of
 * the same claims: one article claim by claim, and the popular K2 table row by row.
 */
public final class ClaimsViewModel {
    private final ObservableList<Claim> all = FXCollections.observableArrayList();
    private final FilteredList<Claim> visible = new FilteredList<>(all);
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimKind> kind = new SimpleObjectProperty<>();
    private final StringProperty seed = new SimpleStringProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Claim> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> seeds = FXCollections.observableArrayList();
    private Catalog catalog;
    private StudyCatalog studies = StudyCatalog.EMPTY;
    private LearnPanels panels;
    /** Each claim's normalised search key (its text and its verdict's reason), made when a search first needs it. */
    private final SearchKeys<Claim> keys = new SearchKeys<>(c -> c.text() + " " + c.why());

    private final ListFilters<Claim> filters = new ListFilters<>(visible)
            .query(query, keys::of)
            .choice(verdict, Claim::verdict).choice(kind, Claim::kind).choice(seed, Claim::madeIn);

    public void setCatalog(Catalog catalog, StudyCatalog studies) {
        setCatalog(catalog, studies, null);
    }

    /** The claims, safety claims first (otherwise in file order), the foods they cite, and the panels they link. */
    public void setCatalog(Catalog catalog, StudyCatalog studies, LearnPanels panels) {
        this.catalog = catalog;
        this.studies = studies;
        this.panels = panels;
        keys.clear();
        all.setAll(studies.claims().stream().sorted(Comparator.comparing(c -> !c.safety())).toList());
        seeds.setAll(all.stream().flatMap(c -> c.seeds().stream()).distinct().sorted().toList());
    }

    public ObservableList<Claim> visible() {
        return visible;
    }

    /** Words the Claims tab's own search box filters the list by (in the claim or its verdict's reason). */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public ObjectProperty<ClaimKind> kindProperty() {
        return kind;
    }

    /** The seed article filter: the number its file name starts with ("000" …), or null for every article. */
    public StringProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<Claim> selectedProperty() {
        return selected;
    }

    /** Selects a claim by id, clearing filters that would hide it. */
    public boolean select(String id) {
        if (catalog == null) {
            return false;
        }
        return studies.claim(id).map(c -> {
            filters.reveal(c);
            selected.set(c);
            return true;
        }).orElse(false);
    }

    /** The evidence for and against, trials first, then cohorts, then markers, each study with its grade. */
    public ClaimEvidence evidence(Claim claim) {
        return ClaimEvidence.of(claim, studies);
    }

    public List<Food> foodsBehind(Claim claim) {
        return ClaimEvidence.foodsBehind(claim, catalog);
    }

    /** The seed articles the claims come from, in file order. */
    public ObservableList<String> seeds() {
        return seeds;
    }

    /** A seed article's name in this app's words (the seeds' own titles are not repeated). */
    public static String seedLabel(String seed) {
        return Messages.get("claims.seed." + seed);
    }

    /** Every claim one article makes, safety claims first. */
    public List<Claim> claimsOf(String seed) {
        return all.stream().filter(c -> c.madeIn(seed)).toList();
    }

    /** How the claims of one article fare, verdict by verdict (verdicts with no claim left out). */
    public Map<Verdict, Long> verdictCounts(List<Claim> claims) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Claim c : claims) {
            counts.merge(c.verdict(), 1L, Long::sum);
        }
        return counts;
    }

    /** The claims made by the rows of the popular "Sources of vitamin K2" table, in row order. */
    public List<Claim> seedTableRows() {
        return all.stream().filter(c -> c.seedTableRow() != null)
                .sorted(Comparator.comparing(Claim::seedTableRow)).toList();
    }

    /** The title of the learn panel a claim links to, when there is one. */
    public Optional<String> panelTitle(Claim claim) {
        if (panels == null) {
            return Optional.empty();
        }
        return claim.panelId().flatMap(panels::panel).map(LearnPanel::title);
    }

    /**
     * One food's values as a short line: name, source, and each vitamin K form it has, K2 forms first; reported
     * measures (totals, per-serving figures) as reported. For a food-content claim, says when the source has no K2.
     */
    public String foodValues(Food food, Claim claim) {
        String source = catalog.source(food.sourceId()).map(s -> s.shortLabel()).orElse(food.sourceId());
        List<KValue> values = food.values().stream()
                .sorted(Comparator.comparing((KValue v) -> !v.form().isK2())).toList();
        if (values.isEmpty()) {
            if (food.reportedMeasures().isEmpty()) {
                return Messages.get("claims.food.none", food.name(), source);
            }
            return Messages.get("claims.food.reported", food.name(), source, food.reportedMeasures().stream()
                    .map(r -> r.measure() + " " + r.value() + " " + r.unit()).collect(Collectors.joining("; ")));
        }
        String amounts = values.stream()
                .map(v -> EnumLabels.of(v.form()) + " " + AmountFormat.format(Amount.of(v))
                        + (v.state() == ValueState.NOT_DETECTED ? "" : " µg"))
                .collect(Collectors.joining(", "));
        boolean noK2 = claim.kind() == ClaimKind.FOOD_CONTENT && values.stream().noneMatch(v -> v.form().isK2());
        return Messages.get(noK2 ? "claims.food.noK2" : "claims.food", food.name(), source, amounts);
    }

    /** The claims' search keys (tests: made when a search first needs them). */
    SearchKeys<Claim> searchKeys() {
        return keys;
    }

    /** Claims whose text holds every word of the query (word starts, accents ignored), for the search box. */
    public List<Claim> search(String text) {
        SearchText.Query q = SearchText.Query.of(text);
        if (catalog == null || q.isEmpty()) {
            return List.of();
        }
        return studies.claims().stream()
                .filter(c -> q.matches(keys.of(c))).toList();
    }
}
