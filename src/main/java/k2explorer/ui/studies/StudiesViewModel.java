package k2explorer.ui.studies;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import k2explorer.studies.Claim;
import k2explorer.studies.EvidenceGrade;
import k2explorer.studies.Study;
import k2explorer.studies.StudyCatalog;
import k2explorer.studies.StudyDesign;
import k2explorer.studies.StudyForm;
import k2explorer.studies.StudyTopic;

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

    public StudiesViewModel() {
        javafx.beans.InvalidationListener refilter = obs -> refilter();
        topic.addListener(refilter);
        design.addListener(refilter);
        form.addListener(refilter);
        grade.addListener(refilter);
        query.addListener(refilter);
    }

    public void setCatalog(StudyCatalog catalog) {
        this.catalog = catalog;
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
        if (!filtered.contains(study.get())) {
            clearFilters();
        }
        selected.set(study.get());
        return true;
    }

    public void clearFilters() {
        topic.set(null);
        design.set(null);
        form.set(null);
        grade.set(null);
        query.set("");
    }

    public List<Claim> claimsCiting(Study study) {
        return catalog.claimsCiting(study.key());
    }

    /** Studies whose text holds every word of the query, for the one search box. */
    public List<Study> search(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (text.isBlank()) {
            return List.of();
        }
        return catalog.studies().stream().filter(s -> matches(s, words)).toList();
    }

    private void refilter() {
        String[] words = query.get() == null ? new String[0]
                : query.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        filtered.setPredicate(s -> (topic.get() == null || s.topic() == topic.get())
                && (design.get() == null || s.design() == design.get())
                && (form.get() == null || s.form() == form.get())
                && (grade.get() == null || s.grade() == grade.get())
                && matches(s, words));
    }

    private static boolean matches(Study study, String[] words) {
        String text = study.searchText().toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Orders grades from strongest to weakest, for sorting the grade column. */
    public static Comparator<EvidenceGrade> gradeOrder() {
        return Comparator.comparingInt(EvidenceGrade::ordinal);
    }
}
