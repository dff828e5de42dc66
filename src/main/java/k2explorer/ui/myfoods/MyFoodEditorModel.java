package k2explorer.ui.myfoods;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.i18n.TypedNumber;
import k2explorer.mine.foods.FieldProblem;
import k2explorer.mine.foods.MyFood;
import k2explorer.mine.foods.MyFoodRules;
import k2explorer.ui.common.EnumLabels;

/**
 * The fields of the my-food editor as text, checked as the user types: each field's problem is published under
 * the field's name so the view can show it next to that field. Nothing here needs the FX thread.
 */
public final class MyFoodEditorModel {
    /** The problem key of the serving weight (amounts typed per serving). */
    public static final String SERVING = "serving";
    /** The problem key of "no amount at all". */
    public static final String AMOUNTS = "amounts";
    /** Units a field may be typed with: "150 g" in a grams field, "870 µg" in an amount field. */
    private static final List<String> GRAMS = List.of("g");
    private static final List<String> MICROGRAMS = List.of("µg", "μg", "mcg", "ug");
    private final String id;
    private final List<MyFood.MyPortion> extraPortions;
    private final Set<String> otherNames;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty(Messages.get("myFood.defaultGroup"));
    private final StringProperty source = new SimpleStringProperty("");
    private final Map<KForm, StringProperty> amounts = new EnumMap<>(KForm.class);
    private final StringProperty portionLabel = new SimpleStringProperty("");
    private final StringProperty portionGrams = new SimpleStringProperty("");
    private final BooleanProperty perServing = new SimpleBooleanProperty(false);
    private final StringProperty servingGrams = new SimpleStringProperty("");
    private final Map<KForm, ReadOnlyStringWrapper> per100gText = new EnumMap<>(KForm.class);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, String> shownProblems = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    /** Starts from an existing food, or a blank one when {@code food} is null; names of the user's other foods. */
    public MyFoodEditorModel(MyFood food, Set<String> otherNamesLowerCase) {
        this.otherNames = otherNamesLowerCase;
        for (KForm f : KForm.values()) {
            amounts.put(f, new SimpleStringProperty(""));
            per100gText.put(f, new ReadOnlyStringWrapper(""));
        }
        if (food == null) {
            id = null;
            extraPortions = List.of();
        } else {
            id = food.id();
            name.set(food.name());
            group.set(food.group());
            source.set(food.sourceText());
            food.per100g().forEach((f, v) -> amounts.get(f).set(Numbers.exact(v)));
            if (!food.portions().isEmpty()) {
                portionLabel.set(food.portions().get(0).label());
                portionGrams.set(Numbers.exact(food.portions().get(0).grams()));
            }
            extraPortions = food.portions().size() > 1 ? food.portions().subList(1, food.portions().size())
                    : List.of();
        }
        InvalidationListener check = obs -> check();
        touchOnChange(name, FieldProblem.NAME);
        touchOnChange(group, FieldProblem.GROUP);
        touchOnChange(source, FieldProblem.SOURCE);
        amounts.forEach((form, p) -> {
            touchOnChange(p, EnumLabels.of(form));
            p.addListener(obs -> touched.add(AMOUNTS));
        });
        touchOnChange(portionLabel, FieldProblem.PORTION);
        touchOnChange(portionGrams, FieldProblem.PORTION);
        touchOnChange(servingGrams, SERVING);
        perServing.addListener((obs, o, n) -> {
            touched.add(SERVING);
            check();
        });
        name.addListener(check);
        group.addListener(check);
        source.addListener(check);
        amounts.values().forEach(p -> p.addListener(check));
        portionLabel.addListener(check);
        portionGrams.addListener(check);
        servingGrams.addListener(check);
        check();
    }

    private void touchOnChange(StringProperty field, String key) {
        // An invalidation listener, added before the check's, so the check sees the field touched.
        field.addListener(obs -> touched.add(key));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty amountProperty(KForm form) {
        return amounts.get(form);
    }

    public StringProperty portionLabelProperty() {
        return portionLabel;
    }

    public StringProperty portionGramsProperty() {
        return portionGrams;
    }

    /**
     * Whether the amounts are typed per serving (as a label gives them, "per 30 g serving") rather than per 100 g;
     * they are converted to per 100 g on saving, and {@link #per100gTextProperty} shows the converted figure.
     */
    public BooleanProperty perServingProperty() {
        return perServing;
    }

    /** The serving's weight in grams when {@link #perServingProperty()} is set. */
    public StringProperty servingGramsProperty() {
        return servingGrams;
    }

    /** For an amount typed per serving: what it is per 100 g ("= 2,900 µg per 100 g"); empty otherwise. */
    public ReadOnlyStringProperty per100gTextProperty(KForm form) {
        return per100gText.get(form).getReadOnlyProperty();
    }

    /**
     * Field name → problem; field names are those of {@link FieldProblem}, {@link #SERVING}, {@link #AMOUNTS} and a
     * form's label for amounts. Every problem, touched or not: Save waits until none remain.
     */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** The problems of the fields the user has typed in (or all, after {@link #showAllProblems()}): what to show. */
    public ObservableMap<String, String> shownProblems() {
        return shownProblems;
    }

    /** What still needs filling in that is not yet shown next to its field ("" when nothing): a hint for Save. */
    public String stillNeeded() {
        List<String> fields = problems.keySet().stream().filter(k -> !shownProblems.containsKey(k))
                .map(MyFoodEditorModel::fieldName).sorted().toList();
        return fields.isEmpty() ? "" : Messages.get("myFood.stillNeeded", String.join(", ", fields));
    }

    private static String fieldName(String key) {
        return switch (key) {
            case FieldProblem.NAME -> Messages.get("myFood.name");
            case FieldProblem.GROUP -> Messages.get("myFood.group");
            case FieldProblem.SOURCE -> Messages.get("myFood.source");
            case FieldProblem.PORTION -> Messages.get("myFood.portion");
            case SERVING -> Messages.get("myFood.servingGrams");
            case AMOUNTS -> Messages.get("myFood.anAmount");
            default -> key;
        };
    }

    /** Shows every problem, also of fields not typed in yet (e.g. when the user tries to save). */
    public void showAllProblems() {
        touched.addAll(problems.keySet());
        publishShown();
    }

    private void publishShown() {
        Map<String, String> next = new LinkedHashMap<>();
        problems.forEach((k, v) -> {
            if (touched.contains(k)) {
                next.put(k, v);
            }
        });
        shownProblems.keySet().retainAll(next.keySet());
        shownProblems.putAll(next);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The food as entered; call when {@link #validProperty()} is true. */
    public MyFood toFood() {
        Map<KForm, Double> values = new EnumMap<>(KForm.class);
        amounts.forEach((f, p) -> per100g(f).ifPresent(v -> values.put(f, v)));
        List<MyFood.MyPortion> portions = new ArrayList<>();
        OptionalDouble grams = grams().value();
        if (!portionLabel.get().isBlank() || grams.isPresent()) {
            portions.add(new MyFood.MyPortion(MyFoodRules.trimSpaces(portionLabel.get()), grams.orElse(Double.NaN)));
        }
        portions.addAll(extraPortions);
        return new MyFood(id, MyFoodRules.trimSpaces(name.get()), MyFoodRules.trimSpaces(group.get()),
                MyFoodRules.trimSpaces(source.get()), values, portions);
    }

    private TypedNumber amount(KForm form) {
        return Numbers.typed(amounts.get(form).get(), EnumLabels.of(form), MICROGRAMS);
    }

    /** The amount per 100 g: as typed, or converted from per serving; empty when blank, invalid or unconvertible. */
    private OptionalDouble per100g(KForm form) {
        OptionalDouble typed = amount(form).value();
        if (typed.isEmpty() || !perServing.get()) {
            return typed;
        }
        OptionalDouble serving = serving().value();
        return serving.isPresent() && serving.getAsDouble() > 0
                ? OptionalDouble.of(typed.getAsDouble() * 100 / serving.getAsDouble()) : OptionalDouble.empty();
    }

    private TypedNumber grams() {
        return Numbers.typed(portionGrams.get(), Messages.get("myFood.portionGrams"), GRAMS);
    }

    private TypedNumber serving() {
        return Numbers.typed(servingGrams.get(), Messages.get("myFood.servingGrams"), GRAMS);
    }

    private void check() {
        Map<String, String> next = new LinkedHashMap<>();
        boolean anyAmount = false;
        for (KForm form : amounts.keySet()) {
            TypedNumber amount = amount(form);
            anyAmount |= !amount.isBlank();
            amount.problem().ifPresent(problem -> next.put(EnumLabels.of(form), problem));
        }
        if (perServing.get()) {
            TypedNumber serving = serving();
            if (serving.problem().isPresent()) {
                next.put(SERVING, serving.problem().get());
            } else if (serving.isBlank() || !(serving.value().getAsDouble() > 0)) {
                next.put(SERVING, Messages.get("myFood.serving.grams"));
            }
        }
        for (KForm form : amounts.keySet()) {
            OptionalDouble converted = per100g(form);
            per100gText.get(form).set(perServing.get() && converted.isPresent() && amount(form).problem().isEmpty()
                    ? Messages.get("myFood.per100g", Numbers.shown(converted.getAsDouble())) : "");
        }
        TypedNumber grams = grams();
        if (grams.problem().isPresent()) {
            next.put(FieldProblem.PORTION, grams.problem().get());
        } else if (grams.isBlank() && !portionLabel.get().isBlank()) {
            next.put(FieldProblem.PORTION, Messages.get("myFood.portion.grams"));
        }
        for (FieldProblem p : MyFoodRules.check(toFood(), otherNames)) {
            next.putIfAbsent(p.field(), p.message());
        }
        if (!anyAmount) {
            next.putIfAbsent(AMOUNTS, Messages.get("myFood.amount.none"));
        }
        problems.keySet().retainAll(next.keySet());
        problems.putAll(next);
        valid.set(next.isEmpty());
        publishShown();
    }
}
