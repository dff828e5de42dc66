package k2explorer.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A catalog food as one source describes it: every vitamin K value that source gives, its household portions and
 * other nutrients. The same food in another source is another Food (they meet in a {@link FoodFamily}).
 * The id is stable across catalog rebuilds ("usda:11233", "k2c:edam", "ciqual:12110") so user data can refer to it.
 *
 * @param familyId  the family it belongs to, or null
 * @param exclusion why it is left out of rankings by default, or null
 * @param otherNames common names the source gives, searched but not shown in the table
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
        List<ReportedMeasure> reportedMeasures,
        String familyId,
        RankingExclusion exclusion,
        String otherNames) {

    private static final Set<KForm> K1_FAMILY = EnumSet.of(KForm.K1, KForm.DIHYDRO_K1);

    public Food {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        values = List.copyOf(values);
        portions = List.copyOf(portions);
        nutrients = NutrientAmounts.of(nutrients);
        reportedMeasures = List.copyOf(reportedMeasures);
        otherNames = otherNames == null ? "" : otherNames;
    }

    /** A food with values and portions only (the user's own foods, tests). */
    public static Food of(String id, String name, String group, FoodOrigin origin, String sourceId,
                          List<KValue> values, List<Portion> portions) {
        return new Food(id, name, group, origin, sourceId, values, portions, Map.of(), List.of(), null, null, "");
    }

    public Food withFamily(String family) {
        return new Food(id, name, group, origin, sourceId, values, portions, nutrients, reportedMeasures, family,
                exclusion, otherNames);
    }

    /** Every value for one form, published or not. */
    public List<KValue> valuesOf(KForm form) {
        return values.stream().filter(v -> v.form() == form).toList();
    }

    /**
     * What is known of one form per 100 g from published values: empty when not measured, a spread when the source
     * gives several numbers.
     */
    public Optional<Amount> amount(KForm form) {
        return Optional.ofNullable(amountOrNull(form));
    }

    /** {@link #amount}, or null when not measured: the sums call it per form, without an Optional or iterator. */
    private Amount amountOrNull(KForm form) {
        Amount spread = null;
        for (int i = 0, n = values.size(); i < n; i++) {
            KValue v = values.get(i);
            if (v.form() == form && !v.isUnpublished()) {
                Amount one = Amount.of(v);
                spread = spread == null ? one : spread.spreadWith(one);
            }
        }
        return spread;
    }

    /** True when the only values for the form are unpublished ones (shown as such, never as "not measured"). */
    public boolean onlyUnpublished(KForm form) {
        boolean any = false;
        for (int i = 0, n = values.size(); i < n; i++) {
            KValue v = values.get(i);
            if (v.form() == form) {
                if (!v.isUnpublished()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Sum of the listed forms that were measured; says which were included and whether any is missing. */
    public Optional<FormTotal> total(Set<KForm> forms) {
        return sum(forms, forms);
    }

    /**
     * All menaquinones measured for this food, added up; a K2 total whose forms are not named only when the source
     * gives no menaquinone form by form (the two are never added together).
     */
    public Optional<FormTotal> totalK2() {
        Optional<FormTotal> perForm = sum(KForm.MENAQUINONES, KForm.MENAQUINONES);
        if (perForm.isPresent()) {
            return perForm;
        }
        return amount(KForm.K2_TOTAL).map(a -> new FormTotal(a, Set.of(KForm.K2_TOTAL), Set.of(), true));
    }

    /** K1, dihydro-K1 and total K2 together. */
    public Optional<FormTotal> totalK() {
        Optional<FormTotal> k1 = sum(K1_FAMILY, K1_FAMILY);
        Optional<FormTotal> k2 = totalK2();
        if (k1.isEmpty()) {
            return k2.map(t -> new FormTotal(t.amount(), t.includedForms(), t.notDetected(), true));
        }
        if (k2.isEmpty()) {
            return k1.map(t -> new FormTotal(t.amount(), t.includedForms(), t.notDetected(), true));
        }
        FormTotal a = k1.get();
        FormTotal b = k2.get();
        EnumSet<KForm> included = EnumSet.copyOf(a.includedForms());
        included.addAll(b.includedForms());
        EnumSet<KForm> notDetected = EnumSet.noneOf(KForm.class);
        notDetected.addAll(a.notDetected());
        notDetected.addAll(b.notDetected());
        return Optional.of(new FormTotal(a.amount().plus(b.amount()), included, notDetected,
                a.partial() || b.partial()));
    }

    /** Menaquinones other than MK-4 and MK-7, added up. */
    public Optional<FormTotal> otherMenaquinones() {
        return sum(KForm.OTHER_MENAQUINONES, KForm.OTHER_MENAQUINONES);
    }

    /** At least one published K2 value shows an amount above zero. */
    public boolean hasMeasuredK2() {
        for (int i = 0, n = values.size(); i < n; i++) {
            KValue v = values.get(i);
            if (v.form().isK2() && !v.isUnpublished() && v.state() == ValueState.MEASURED) {
                return true;
            }
        }
        return false;
    }

    /** K2 was looked for and not detected, and no K2 amount above zero was found. */
    public boolean hasOnlyNotDetectedK2() {
        if (hasMeasuredK2()) {
            return false;
        }
        for (int i = 0, n = values.size(); i < n; i++) {
            KValue v = values.get(i);
            if (v.form().isK2() && !v.isUnpublished() && v.state() == ValueState.NOT_DETECTED) {
                return true;
            }
        }
        return false;
    }

    public boolean hasForm(KForm form) {
        for (int i = 0, n = values.size(); i < n; i++) {
            if (values.get(i).form() == form) {
                return true;
            }
        }
        return false;
    }

    public boolean excludedFromRankings() {
        return exclusion != null;
    }

    public OptionalDouble nutrient(Nutrient nutrient) {
        Double amount = nutrients.get(nutrient);
        return amount == null ? OptionalDouble.empty() : OptionalDouble.of(amount);
    }

    private Optional<FormTotal> sum(Set<KForm> counted, Set<KForm> wanted) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        EnumSet<KForm> included = null;
        EnumSet<KForm> notDetected = null;
        Amount sum = null;
        for (KForm form : KForm.ALL) {
            Amount amount = counted.contains(form) ? amountOrNull(form) : null;
            if (amount != null) {
                if (included == null) {
                    included = EnumSet.noneOf(KForm.class);
                    notDetected = EnumSet.noneOf(KForm.class);
                }
                included.add(form);
                if (amount.state() == ValueState.NOT_DETECTED) {
                    notDetected.add(form);
                }
                sum = sum == null ? amount : sum.plus(amount);
            }
        }
        if (sum == null) {
            return Optional.empty();
        }
        return Optional.of(new FormTotal(sum, included, notDetected, !included.containsAll(wanted)));
    }
}
