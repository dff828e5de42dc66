package k2explorer.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import k2explorer.catalog.AmountRange;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueKind;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final Portion PACK = new Portion(1, 1, "pack", 40, "S");

    private static Food food(KValue... values) {
        return new Food("f", "F", "G", FoodOrigin.LITERATURE, "S", List.of(values), List.of(PACK), Map.of(),
                List.of(), List.of());
    }

    private static KValue v(KForm form, double amount) {
        return new KValue(form, amount, ValueKind.SINGLE, "", "S", EvidenceLevel.PRIMARY_ABSTRACT, "");
    }

    @Test
    void gramsAreTargetOverAmountPer100gTimes100() {
        Food natto = food(v(KForm.MK7, 900), v(KForm.K1, 30));
        DailyTarget women = new DailyTarget("women", 90, CountedForms.MK7_ONLY);
        assertEquals(AmountRange.of(10), Coverage.gramsNeeded(natto, women).orElseThrow());
        assertEquals(AmountRange.of(0.25), Coverage.servingsNeeded(natto, women, PACK).orElseThrow());
        assertEquals(AmountRange.of(400), Coverage.percentPerServing(natto, women, PACK).orElseThrow());
        DailyTarget total = new DailyTarget("t", 93, CountedForms.TOTAL_K);
        assertEquals(AmountRange.of(10), Coverage.gramsNeeded(natto, total).orElseThrow());
    }

    @Test
    void aSpreadOfAmountsGivesASpreadOfGrams() {
        Food two = food(v(KForm.MK7, 100), v(KForm.MK7, 200));
        DailyTarget t = new DailyTarget("t", 100, CountedForms.K2_ALL);
        assertEquals(new AmountRange(50, 100), Coverage.gramsNeeded(two, t).orElseThrow());
    }

    @Test
    void noDataOrAMeasuredZeroGivesNoFigure() {
        DailyTarget k2 = new DailyTarget("t", 90, CountedForms.K2_ALL);
        Food kale = food(v(KForm.K1, 704.8));
        assertTrue(Coverage.gramsNeeded(kale, k2).isEmpty(), "no K2 measured: no data, not infinity or zero");
        assertTrue(Coverage.percentPerServing(kale, k2, PACK).isEmpty());
        Food zero = food(v(KForm.K1, 0));
        assertTrue(Coverage.gramsNeeded(zero, new DailyTarget("t", 90, CountedForms.K1_ONLY)).isEmpty());
        assertEquals(AmountRange.of(0), Coverage.percentPerServing(zero,
                new DailyTarget("t", 90, CountedForms.K1_ONLY), PACK).orElseThrow());
        assertTrue(Coverage.servingsNeeded(kale, new DailyTarget("t", 90, CountedForms.K1_ONLY), null).isEmpty());
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
}
