package k2explorer.ui.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import k2explorer.coverage.CountedForms;
import k2explorer.coverage.DailyTarget;
import k2explorer.coverage.TargetPreset;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.i18n.TypedNumber;

/**
 * The daily target the user is working toward: a checked reference or their own amount, and which forms count.
 * Invalid input (a negative amount, a missing body weight) leaves no target and says why.
 */
public final class TargetChoiceViewModel {
    static final double MAX_MICROGRAMS = 1_000_000;
    static final double MAX_BODY_WEIGHT_KG = 400;
    /** Settings keys of the amounts, in the file form. */
    static final String CUSTOM_KEY = "target.customMicrograms.value";
    static final String WEIGHT_KEY = "target.bodyWeightKg.value";
    /** Keys under which earlier versions kept the typed text. */
    private static final String LEGACY_CUSTOM_KEY = "target.customMicrograms";
    private static final String LEGACY_WEIGHT_KEY = "target.bodyWeightKg";

    private final ObservableList<TargetOption> options = FXCollections.observableArrayList();
    private final ObjectProperty<TargetOption> option = new SimpleObjectProperty<>(this, "option");
    private final ObjectProperty<CountedForms> counted = new SimpleObjectProperty<>(this, "counted",
            CountedForms.TOTAL_K);
    private final StringProperty customMicrograms = new SimpleStringProperty(this, "customMicrograms", "");
    private final StringProperty bodyWeightKg = new SimpleStringProperty(this, "bodyWeightKg", "");
    private final ReadOnlyObjectWrapper<DailyTarget> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper citation = new ReadOnlyStringWrapper(this, "citation", "");
    /** The study dose the coverage chart was opened for, or null: never the user's target, never saved. */
    private final ReadOnlyObjectWrapper<DailyTarget> studyDose = new ReadOnlyObjectWrapper<>(this, "studyDose");
    private final ReadOnlyObjectWrapper<DailyTarget> chartTarget = new ReadOnlyObjectWrapper<>(this, "chartTarget");

    public TargetChoiceViewModel(List<TargetPreset> presets) {
        presets.forEach(p -> options.add(TargetOption.of(p)));
        options.add(TargetOption.CUSTOM);
        option.addListener((obs, old, now) -> update());
        counted.addListener((obs, old, now) -> update());
        customMicrograms.addListener((obs, old, now) -> update());
        bodyWeightKg.addListener((obs, old, now) -> update());
        option.set(options.stream().filter(o -> o.id().equals("FDA_DV")).findFirst().orElse(options.get(0)));
        chartTarget.bind(Bindings.createObjectBinding(() -> studyDose.get() != null ? studyDose.get() : target.get(),
                studyDose, target));
    }

    public ObservableList<TargetOption> options() {
        return options;
    }

    public ObjectProperty<TargetOption> optionProperty() {
        return option;
    }

    public ObjectProperty<CountedForms> countedProperty() {
        return counted;
    }

    public StringProperty customMicrogramsProperty() {
        return customMicrograms;
    }

    public StringProperty bodyWeightKgProperty() {
        return bodyWeightKg;
    }

    /** The target in force, or null while the input does not define one. */
    public ReadOnlyObjectProperty<DailyTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Why there is no target right now ("" when there is one). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the chosen reference comes from. */
    public ReadOnlyStringProperty citationProperty() {
        return citation.getReadOnlyProperty();
    }

    /**
     * Opens the coverage chart for a dose used in a study, labelled as a study dose and never as a nutrition
     * reference. The dose belongs to the chart only: the user's target (Foods columns, plans, print, saved settings)
     * stays as it is. It replaces any earlier study dose.
     */
    public DailyTarget useStudyDose(String studyLabel, double micrograms, CountedForms forms) {
        if (!Double.isFinite(micrograms) || micrograms <= 0) {
            throw new IllegalArgumentException("a study dose must be a positive amount: " + micrograms);
        }
        DailyTarget dose = new DailyTarget(Messages.get("target.studyDose", studyLabel, k2explorer.ui.common.StudyDose.amount(micrograms)),
                micrograms, forms);
        studyDose.set(dose);
        return dose;
    }

    /** Closes the study dose: the coverage chart shows the user's own target again. */
    public void closeStudyDose() {
        studyDose.set(null);
    }

    /** The study dose the coverage chart shows, or null when it shows the user's target. */
    public ReadOnlyObjectProperty<DailyTarget> studyDoseProperty() {
        return studyDose.getReadOnlyProperty();
    }

    /** What the coverage chart works toward: an open study dose, else the user's target. */
    public ReadOnlyObjectProperty<DailyTarget> chartTargetProperty() {
        return chartTarget.getReadOnlyProperty();
    }

    /** Whether the chosen option needs a custom amount or a body weight (the view shows only those fields). */
    public boolean needsCustomAmount() {
        return option.get() != null && option.get().preset() == null;
    }

    public boolean needsBodyWeight() {
        return option.get() != null && option.get().preset() != null && option.get().preset().perKg();
    }

    private void update() {
        TargetOption chosen = option.get();
        DailyTarget next = null;
        String why = "";
        String cite = "";
        if (chosen == null) {
            why = Messages.get("target.why.choose");
        } else if (chosen.preset() == null) {
            TypedNumber typed = inRange(customMicrograms.get(), Messages.get("target.custom.option"), MAX_MICROGRAMS,
                    Messages.get("target.why.custom", Numbers.shown(MAX_MICROGRAMS)));
            if (typed.problem().isPresent()) {
                why = typed.problem().get();
            } else {
                double amount = typed.value().getAsDouble();
                next = new DailyTarget(Messages.get("target.custom.label", Numbers.shown(amount, 3)),
                        amount,
                        counted.get());
                cite = Messages.get("target.cite.custom");
            }
        } else {
            TargetPreset p = chosen.preset();
            cite = Messages.get("target.cite.preset", p.citation(), p.covers(), p.checkedIn());
            if (p.perKg()) {
                TypedNumber typed = inRange(bodyWeightKg.get(), Messages.get("target.weight.prompt"),
                        MAX_BODY_WEIGHT_KG, Messages.get("target.why.weight"));
                if (typed.problem().isPresent()) {
                    why = typed.problem().get();
                } else {
                    double kg = typed.value().getAsDouble();
                    next = new DailyTarget(Messages.get("target.perKg.label", p.authority(),
                            Numbers.shown(p.microgramsPerKg(), 3), Numbers.shown(kg, 3)), p.microgramsPerKg() * kg,
                            counted.get());
                }
            } else {
                next = new DailyTarget(chosen.label(), p.microgramsPerDay(), counted.get());
            }
        }
        citation.set(cite);
        problem.set(why);
        target.set(next);
    }

    /**
     * Puts a saved amount into its field the locale's way. Settings written before amounts were stored in the file
     * form kept the typed text under the old key: that is put back as it was typed.
     */
    private static void restoreAmount(Map<String, String> saved, String key, String legacyKey,
                                      StringProperty field) {
        if (saved.containsKey(key)) {
            Double value = Numbers.fromFile(saved.get(key));
            field.set(value == null ? "" : Numbers.exact(value));
        } else if (saved.containsKey(legacyKey)) {
            field.set(saved.get(legacyKey));
        }
    }

    /** The typed number if it is above 0 and at most {@code max}; otherwise why not. */
    private static TypedNumber inRange(String text, String field, double max, String outOfRange) {
        TypedNumber typed = Numbers.typed(text, field);
        if (typed.problem().isPresent()) {
            return typed;
        }
        double value = typed.value().orElse(Double.NaN);
        return value > 0 && value <= max ? typed : new TypedNumber.Invalid(outOfRange);
    }

    /**
     * What is remembered between runs. Amounts are stored in the file form (dot decimal, no grouping), never as
     * typed, so a change of language reads them as the same amounts; text that is not a number is not stored.
     */
    public Map<String, String> snapshot() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("target.option", option.get() == null ? "" : option.get().id());
        map.put("target.counted", counted.get().name());
        map.put(CUSTOM_KEY, fileForm(customMicrograms.get()));
        map.put(WEIGHT_KEY, fileForm(bodyWeightKg.get()));
        return map;
    }

    private static String fileForm(String typed) {
        OptionalDouble value = Numbers.typed(typed, "").value();
        return value.isPresent() ? Numbers.file(value.getAsDouble()) : "";
    }

    /** Restores a snapshot; unknown or damaged entries are ignored, keeping the defaults. */
    public void restore(Map<String, String> saved) {
        restoreAmount(saved, CUSTOM_KEY, LEGACY_CUSTOM_KEY, customMicrograms);
        restoreAmount(saved, WEIGHT_KEY, LEGACY_WEIGHT_KEY, bodyWeightKg);
        String countedName = saved.get("target.counted");
        for (CountedForms c : CountedForms.values()) {
            if (c.name().equals(countedName)) {
                counted.set(c);
            }
        }
        String id = saved.get("target.option");
        options.stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(option::set);
    }
}
