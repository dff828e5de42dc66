package k2explorer.ui.print;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;
import k2explorer.catalog.Catalog;
import k2explorer.catalog.Food;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Source;
import k2explorer.i18n.Messages;
import k2explorer.studies.Study;

/**
 * The numbered reference list of a printout: every source a printed number comes from, once, numbered in the order
 * first cited, with the papers behind a compiled value listed too (and the compilation they were read in). A row or
 * value carries its numbers ("[1, 3]"), so a reader matches every number to its source on paper.
 */
final class References {
    private final Catalog catalog;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<String> entries = new ArrayList<>();

    References(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The number of a catalog source (a database, compilation or paper), added on first use. */
    int source(String id) {
        return number("source:" + id, () -> catalog == null ? id
                : catalog.source(id).map(Source::citation).orElse(id));
    }

    /** The number of an entry given in full (a study or source named by its label on the page). */
    int named(String key, String entry) {
        return number(key, () -> entry);
    }

    /** The number of a study. */
    int study(Study study) {
        return number("study:" + study.key(), study::citation);
    }

    /**
     * The marks of the sources of a food's published values of the given forms: the number of the source each was
     * read from, or for a value a compilation credits to papers, "3 in 2" (paper 3 as read in the compilation 2).
     */
    Set<String> values(Food food, Set<KForm> forms) {
        Set<String> out = new TreeSet<>(ORDER);
        for (KValue v : food.values()) {
            if (!forms.contains(v.form()) || v.isUnpublished()) {
                continue;
            }
            int from = source(v.sourceId());
            if (v.attribution() == null || v.originIds().isEmpty()) {
                out.add(String.valueOf(from));
                v.originIds().forEach(paper -> out.add(String.valueOf(source(paper))));
            } else {
                v.originIds().forEach(paper -> out.add(Messages.get("print.ref.in", source(paper), from)));
            }
        }
        return out;
    }

    /** The marks of every published value of the foods (a row of one food, or every source of a family). */
    Set<String> foods(Collection<Food> foods) {
        Set<String> out = new TreeSet<>(ORDER);
        foods.forEach(f -> out.addAll(values(f, java.util.EnumSet.allOf(KForm.class))));
        return out;
    }

    /** Marks in the order of their first number, then as text ("2", "3 in 2", "4"). */
    static final java.util.Comparator<String> ORDER = java.util.Comparator
            .comparingInt((String m) -> Integer.parseInt(m.replaceAll("\\D.*", "")))
            .thenComparing(java.util.Comparator.naturalOrder());

    /** "[1, 3 in 2, 4]", or "" for none. */
    static String marks(Collection<?> marks) {
        return marks.isEmpty() ? "" : "[" + marks.stream().map(String::valueOf).sorted(ORDER)
                .collect(Collectors.joining(", ")) + "]";
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The list under its heading, one entry a line: "[1] citation". */
    void addTo(VBox page) {
        if (entries.isEmpty()) {
            return;
        }
        page.getChildren().add(PrintPages.header(Messages.get("print.ref.heading")));
        VBox list = new VBox(2);
        list.setId("printReferences");
        list.getStyleClass().add(PrintPages.FLOW);
        for (int i = 0; i < entries.size(); i++) {
            list.getChildren().add(PrintPages.small("[" + (i + 1) + "] " + entries.get(i)));
        }
        page.getChildren().add(list);
    }

    /** The entries in order, for tests. */
    List<String> entries() {
        return List.copyOf(entries);
    }

    private int number(String key, java.util.function.Supplier<String> entry) {
        Integer n = numbers.get(key);
        if (n == null) {
            entries.add(entry.get());
            n = entries.size();
            numbers.put(key, n);
        }
        return n;
    }
}
