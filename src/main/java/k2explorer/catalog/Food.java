package k2explorer.catalog;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A catalog food with every vitamin K value measured for it, its household portions and other nutrients.
 * The id is stable across catalog rebuilds ("usda:11233", "lit:KAMAO2007:natto") so user data can refer to it.
 */
public record Food(
        String id,
        String name,
        String group,
        FoodOrigin origin,
        String sourceId,
        List<KValue> values,
        List<Portion> portions,
        Map<Nutrient, Double> nutrients,
        List<String> relatedFoodIds,
        List<ReportedMeasure> reportedMeasures) {

    public Food {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        portions = List.copyOf(portions);
        nutrients = nutrients.isEmpty() ? Map.of() : new EnumMap<>(nutrients);
        relatedFoodIds = List.copyOf(relatedFoodIds);
        reportedMeasures = List.copyOf(reportedMeasures);
    }

    /** Every value for one form; several when sources or reported ranges give more than one number. */
    public List<KValue> valuesOf(KForm form) {
        return values.stream().filter(v -> v.form() == form).toList();
    }

    /** The amount of one form per 100 g: empty when the form was not measured, a spread when sources differ. */
    public Optional<AmountRange> amount(KForm form) {
        return spreadOf(values.stream().filter(v -> v.form() == form).toList());
    }

    /** Sum of the listed forms that were measured; says which were included and whether any is missing. */
    public Optional<FormTotal> total(Set<KForm> forms) {
        return total(forms::contains, forms);
    }

    /** All menaquinones measured for this food, added up. Partial by nature: no source here measured every MK. */
    public Optional<FormTotal> totalK2() {
        return total(KForm::isMenaquinone, EnumSet.copyOf(List.of(KForm.MK4, KForm.MK5, KForm.MK6, KForm.MK7,
                KForm.MK8, KForm.MK9, KForm.MK10, KForm.MK11, KForm.MK12, KForm.MK13)));
    }

    public Optional<FormTotal> totalK() {
        return total(f -> true, EnumSet.allOf(KForm.class));
    }

    /** Menaquinones other than MK-4 and MK-7, added up. */
    public Optional<FormTotal> otherMenaquinones() {
        return total(KForm::isOtherMenaquinone, EnumSet.of(KForm.MK5, KForm.MK6, KForm.MK8, KForm.MK9,
                KForm.MK10, KForm.MK11, KForm.MK12, KForm.MK13));
    }

    public boolean hasK2Data() {
        return values.stream().anyMatch(v -> v.form().isMenaquinone());
    }

    public boolean hasForm(KForm form) {
        return values.stream().anyMatch(v -> v.form() == form);
    }

    public OptionalDouble nutrient(Nutrient nutrient) {
        Double amount = nutrients.get(nutrient);
        return amount == null ? OptionalDouble.empty() : OptionalDouble.of(amount);
    }

    private Optional<FormTotal> total(Predicate<KForm> counted, Set<KForm> wanted) {
        EnumSet<KForm> included = EnumSet.noneOf(KForm.class);
        AmountRange sum = null;
        for (KForm form : KForm.values()) {
            if (!counted.test(form)) {
                continue;
            }
            Optional<AmountRange> amount = amount(form);
            if (amount.isPresent()) {
                included.add(form);
                sum = sum == null ? amount.get() : sum.plus(amount.get());
            }
        }
        if (sum == null) {
            return Optional.empty();
        }
        return Optional.of(new FormTotal(sum, included, !included.containsAll(wanted)));
    }

    private static Optional<AmountRange> spreadOf(List<KValue> forForm) {
        AmountRange spread = null;
        for (KValue v : forForm) {
            AmountRange one = AmountRange.of(v.microgramsPer100g());
            spread = spread == null ? one : spread.widenedBy(one);
        }
        return Optional.ofNullable(spread);
    }
}
