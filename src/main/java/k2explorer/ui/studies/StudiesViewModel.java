package k2explorer.ui.studies;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import k2explorer.catalog.SearchText;
import k2explorer.i18n.Messages;
import k2explorer.studies.Claim;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;
import k2explorer.ui.common.EnumLabels;
import k2explorer.ui.common.SearchKeys;
import k2explorer.ui.common.ListFilters;

/** The study table's state: all studies, the filters, and the selected study. Usable without the FX thread. */
public final class StudiesViewModel {
    private final ObservableList<Study> all = FXCollections.observableArrayList();
    private final FilteredList<Study> filtered = new FilteredList<>(all);
    private final SortedList<Study> sorted = new SortedList<>(filtered);
    private final ObjectProperty<StudyTopic> topic = new SimpleObjectProperty<>();
    private final ObjectProperty<StudyDesign> design = new SimpleObjectProperty<>();
    private final ObjectProperty<StudyForm> form = new SimpleObjectProperty<>();
    private final ObjectProperty<EvidenceGrade> grade = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Study> selected = new SimpleObjectProperty<>();
    private StudyCatalog catalog = StudyCatalog.EMPTY;
    /** Each study's normalised search key, made when a search first needs it. */
    private final SearchKeys<Study> keys = new SearchKeys<>(StudiesViewModel::searchWords);

    private final ListFilters<Study> filters = new ListFilters<>(filtered).choice(topic, Study::topic)
            .choice(design, Study::design).choice(form, Study::form).choice(grade, Study::grade)
            .query(query, keys::of);

    public void setCatalog(StudyCatalog catalog) {
        this.catalog = catalog;
        keys.clear();
        all.setAll(catalog.studies());
    }

    public StudyCatalog catalog() {
        return catalog;
    }

    /** The studies that pass the filters, in the table's sort order (the view binds the comparator). */
    public SortedList<Study> visible() {
        return sorted;
    }

    public ObjectProperty<StudyTopic> topicProperty() {
        return topic;
    }

    public ObjectProperty<StudyDesign> designProperty() {
        return design;
    }

    public ObjectProperty<StudyForm> formProperty() {
        return form;
    }

    public ObjectProperty<EvidenceGrade> gradeProperty() {
        return grade;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Study> selectedProperty() {
        return selected;
    }

    /** Selects a study by key, clearing filters that hide it. False if there is no such study. */
    public boolean select(String key) {
        Optional<Study> study = catalog.study(key);
        if (study.isEmpty()) {
            return false;
        }
        filters.reveal(study.get());
        selected.set(study.get());
        return true;
    }

    public void clearFilters() {
        filters.clear();
    }

    /**
     * The study's name as the table shows it: a report of a trial with several reports says which one it is, so
     * that two papers of one trial are not read as two trials.
     */
    public String displayLabel(Study study) {
        List<Study> reports = catalog.reportsOf(study);
        return reports.size() < 2 ? study.label()
                : Messages.get("studies.reportOf", study.label(), reports.indexOf(study) + 1, reports.size());
    }

    /** The other reports of the same trial, in catalog order (empty for a study that is a trial of its own). */
    public List<Study> otherReports(Study study) {
        return catalog.reportsOf(study).stream().filter(s -> s != study).toList();
    }

    /** How many studies the filtered table shows, counting the reports of one trial once. */
    public String countText() {
        long trials = StudyCatalog.trialCount(filtered);
        return trials == filtered.size() ? Messages.get("studies.count", trials)
                : Messages.get("studies.count.reports", trials, filtered.size());
    }

    public List<Claim> claimsCiting(Study study) {
        return catalog.claimsCiting(study.key());
    }

    /** Studies whose text holds every word of the query (word starts, accents ignored), for the search box. */
    public List<Study> search(String text) {
        SearchText.Query q = SearchText.Query.of(text);
        return q.isEmpty() ? List.of() : catalog.studies().stream().filter(s -> q.matches(keys.of(s))).toList();
    }

    /**
     * The words a search matches against (normalised by {@link SearchKeys}): the study's name, citation, summary and
     * result, and its topic, design and form as the table words them.
     */
    private static String searchWords(Study s) {
        return String.join(" ", s.key(), s.label(), s.citation(), EnumLabels.of(s.topic()),
                EnumLabels.of(s.design()), EnumLabels.of(s.form()), s.summary(), s.mainResult());
    }

    /** The studies' search keys (tests: made when a search first needs them). */
    SearchKeys<Study> searchKeys() {
        return keys;
    }

    /** Orders grades from strongest to weakest, for sorting the grade column. */
    public static Comparator<EvidenceGrade> gradeOrder() {
        return Comparator.comparingInt(EvidenceGrade::ordinal);
    }
}
