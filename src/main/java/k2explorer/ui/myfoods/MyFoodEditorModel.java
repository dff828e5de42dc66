package k2explorer.ui.myfoods;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import k2explorer.catalog.KForm;
import k2explorer.i18n.Messages;
import k2explorer.i18n.Numbers;
import k2explorer.i18n.TypedNumber;
import k2explorer.userdata.FieldProblem;
import k2explorer.userdata.MyFood;
import k2explorer.userdata.MyFoodRules;

/**
 * The fields of the my-food editor as text, checked as the user types: each field's problem is published under
 * the field's name so the view can show it next to that field. Nothing here needs the FX thread.
 */
public final class MyFoodEditorModel {
    private final String id;
    private final List<MyFood.MyPortion> extraPortions;
    private final Set<String> otherNames;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty(Messages.get("myFood.defaultGroup"));
    private final StringProperty source = new SimpleStringProperty("");
    private final Map<KForm, StringProperty> amounts = new EnumMap<>(KForm.class);
    private final StringProperty portionLabel = new SimpleStringProperty("");
    private final StringProperty portionGrams = new SimpleStringProperty("");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    /** Starts from an existing food, or a blank one when {@code food} is null; names of the user's other foods. */
    public MyFoodEditorModel(MyFood food, Set<String> otherNamesLowerCase) {
        this.otherNames = otherNamesLowerCase;
        for (KForm f : KForm.values()) {
            amounts.put(f, new SimpleStringProperty(""));
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
        name.addListener(check);
        group.addListener(check);
        source.addListener(check);
        amounts.values().forEach(p -> p.addListener(check));
        portionLabel.addListener(check);
        portionGrams.addListener(check);
        check();
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

    /** Field name → problem; field names are those of {@link FieldProblem}, and a form's label for amounts. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The food as entered; call when {@link #validProperty()} is true. */
    public MyFood toFood() {
        Map<KForm, Double> values = new EnumMap<>(KForm.class);
        amounts.forEach((f, p) -> amount(f).value().ifPresent(v -> values.put(f, v)));
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
        return Numbers.typed(amounts.get(form).get(), form.label());
    }

    private TypedNumber grams() {
        return Numbers.typed(portionGrams.get(), Messages.get("myFood.portionGrams"));
    }

    private void check() {
        Map<String, String> next = new LinkedHashMap<>();
        boolean anyAmount = false;
        for (KForm form : amounts.keySet()) {
            TypedNumber amount = amount(form);
            anyAmount |= !amount.isBlank();
            amount.problem().ifPresent(problem -> next.put(form.label(), problem));
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
            next.putIfAbsent("amounts", Messages.get("myFood.amount.none"));
        }
        problems.keySet().retainAll(next.keySet());
        problems.putAll(next);
        valid.set(next.isEmpty());
    }
}
