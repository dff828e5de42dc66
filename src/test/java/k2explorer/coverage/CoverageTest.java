package k2explorer.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import k2explorer.catalog.Amount;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final Portion PACK = new Portion(1, 1, "pack", 40, "S");

    private static Food food(KValue... values) {
        return Food.of("f", "F", "G", FoodOrigin.LITERATURE, "S", List.of(values), List.of(PACK));
    }

    private static KValue v(KForm form, double amount) {
        return KValue.measured(form, amount, ValueKind.SINGLE, "S", EvidenceLevel.PRIMARY_ABSTRACT, "", "");
    }

    private static KValue state(KForm form, ValueState state, double amount) {
        return new KValue(form, state, amount, ValueKind.NOT_STATED, "S", EvidenceLevel.NUTRIENT_DATABASE,
                ValueStats.NONE, List.of(), null, "", "");
    }

    @Test
    void gramsAreTargetOverAmountPer100gTimes100() {
        Food natto = food(v(KForm.MK7, 900), v(KForm.K1, 30));
        DailyTarget women = new DailyTarget("women", 90, CountedForms.MK7_ONLY);
        assertEquals(new Reach(Reach.Kind.REACHES, AmountRange.of(10)), gramsNeeded(natto, women).orElseThrow());
        assertEquals(AmountRange.of(0.25), servingsNeeded(natto, women, PACK).orElseThrow().grams());
        assertEquals(AmountRange.of(400), percentPerServing(natto, women, PACK).orElseThrow().range());
        DailyTarget total = new DailyTarget("t", 93, CountedForms.TOTAL_K);
        assertEquals(AmountRange.of(10), gramsNeeded(natto, total).orElseThrow().grams());
    }

    @Test
    void aSpreadOfAmountsGivesASpreadOfGrams() {
        Food two = food(v(KForm.MK7, 100), v(KForm.MK7, 200));
        DailyTarget t = new DailyTarget("t", 100, CountedForms.K2_ALL);
        assertEquals(new AmountRange(50, 100), gramsNeeded(two, t).orElseThrow().grams());
    }

    @Test
    void noDataGivesNoFigureButAMeasuredZeroNeverReaches() {
        DailyTarget k2 = new DailyTarget("t", 90, CountedForms.K2_ALL);
        DailyTarget k1 = new DailyTarget("t", 90, CountedForms.K1_ONLY);
        Food kale = food(v(KForm.K1, 704.8));
        assertTrue(gramsNeeded(kale, k2).isEmpty(), "no K2 measured: no data, not infinity or zero");
        assertTrue(percentPerServing(kale, k2, PACK).isEmpty());
        Food zero = food(v(KForm.K1, 0));
        assertEquals(Reach.NEVER, gramsNeeded(zero, k1).orElseThrow(), "measured zero: never, not no data");
        assertEquals(ValueState.MEASURED_ZERO, percentPerServing(zero, k1, PACK).orElseThrow().state());
        assertEquals(Reach.ASSUMED_ZERO, gramsNeeded(food(state(KForm.K1, ValueState.ASSUMED_ZERO, 0)), k1)
                .orElseThrow(), "an assumed zero is said as such, not as a measurement");
        assertEquals(Reach.NEVER, gramsNeeded(food(state(KForm.MK7, ValueState.NOT_DETECTED, 0)),
                new DailyTarget("t", 90, CountedForms.MK7_ONLY)).orElseThrow());
        assertEquals(Reach.NONE_IN_FORMS_MEASURED, gramsNeeded(food(state(KForm.MK7, ValueState.NOT_DETECTED,
                0)), k2).orElseThrow(), "MK-7 not detected, other menaquinones not measured: not never");
        assertTrue(servingsNeeded(kale, k1, null).isEmpty());
    }

    @Test
    void anAmountBelowABoundNeedsMoreThanTheBoundGives() {
        Reach reach = gramsNeeded(food(state(KForm.K1, ValueState.BELOW_BOUND, 0.8)),
                new DailyTarget("t", 80, CountedForms.K1_ONLY)).orElseThrow();
        assertEquals(new Reach(Reach.Kind.AT_LEAST, AmountRange.of(10_000)), reach);
    }

    @Test
    void aTargetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DailyTarget("t", 0, CountedForms.K1_ONLY));
        assertThrows(IllegalArgumentException.class, () -> new DailyTarget("t", -5, CountedForms.K1_ONLY));
        assertThrows(IllegalArgumentException.class, () -> new DailyTarget("t", Double.NaN, CountedForms.K1_ONLY));
    }

    @Test
    void bundledPresetsAreTheCheckedReferences() {
        List<TargetPreset> presets = TargetPresets.load();
        assertEquals(List.of("NASEM_AI_MEN", "NASEM_AI_WOMEN", "FDA_DV", "EFSA_AI_ADULTS", "EFSA_AI_PER_KG"),
                presets.stream().map(TargetPreset::id).toList());
        TargetPreset women = presets.get(1);
        assertEquals(90, women.microgramsPerDay());
        assertEquals("https://doi.org/10.17226/10026", women.link());
        assertTrue(presets.get(4).perKg());
        assertTrue(presets.stream().noneMatch(p -> p.microgramsPerDay() >= 1000), "no drug dose is a target");
    }

    /** Any finite amount, however small, gives finite grams and servings: no empty chart, no failing export. */
    @Test
    void theArithmeticIsTotalForTheSmallestAmounts() {
        DailyTarget t = new DailyTarget("t", 120, CountedForms.K1_ONLY);
        Portion crumb = new Portion(1, 1, "crumb", 1e-3, "S");
        for (double tiny : new double[] {1e-320, Double.MIN_VALUE, 1e-300}) {
            Food food = food(v(KForm.K1, tiny));
            Reach grams = gramsNeeded(food, t).orElseThrow();
            Reach servings = servingsNeeded(food, t, crumb).orElseThrow();
            for (Reach r : List.of(grams, servings)) {
                assertTrue(Double.isFinite(r.grams().low()) && Double.isFinite(r.grams().high()), r.toString());
                assertTrue(r.grams().low() > 1e300, r.toString());
            }
            assertTrue(Double.isFinite(percentPerServing(food, t, PACK).orElseThrow().high()));
            Reach below = gramsNeeded(food(state(KForm.K1, ValueState.BELOW_BOUND, tiny)), t).orElseThrow();
            assertTrue(Double.isFinite(below.grams().high()), below.toString());
        }
    }

    // The three figures as the tests ask for them, from the one calculation every view calls.
    private static Optional<Reach> gramsNeeded(Food food, DailyTarget target) {
        return Optional.ofNullable(CoverageFigures.of(food, target, null).grams());
    }

    private static Optional<Reach> servingsNeeded(Food food, DailyTarget target, Portion serving) {
        return serving == null ? Optional.empty() : Optional.ofNullable(CoverageFigures.of(food, target, serving).servings());
    }

    private static Optional<Amount> percentPerServing(Food food, DailyTarget target, Portion serving) {
        return serving == null ? Optional.empty() : Optional.ofNullable(CoverageFigures.of(food, target, serving).percent());
    }
}
