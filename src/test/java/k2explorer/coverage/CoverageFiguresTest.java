package k2explorer.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import k2explorer.catalog.Attribution;
import k2explorer.catalog.EvidenceLevel;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodOrigin;
import k2explorer.catalog.KForm;
import k2explorer.catalog.KValue;
import k2explorer.catalog.Portion;
import k2explorer.catalog.ValueDoubt;
import k2explorer.catalog.ValueKind;
import k2explorer.catalog.ValueState;
import k2explorer.catalog.ValueStats;
import org.junit.jupiter.api.Test;

/** The one coverage calculation: which state a food's counted forms are in, and what that makes of its figures. */
class CoverageFiguresTest {
    private static final DailyTarget TOTAL_K = new DailyTarget("t", 120, CountedForms.TOTAL_K);
    private static final DailyTarget K2 = new DailyTarget("t", 120, CountedForms.K2_ALL);
    private static final DailyTarget K1 = new DailyTarget("t", 120, CountedForms.K1_ONLY);
    private static final Portion LIVER = new Portion(1, 1, "1 liver", 44, "S");

    private static KValue v(KForm form, ValueState state, double amount) {
        return new KValue(form, state, amount, ValueKind.MEAN, "S", EvidenceLevel.NUTRIENT_DATABASE, ValueStats.NONE,
                List.of(), null, "", "");
    }

    private static KValue compiled(KForm form, double amount, Attribution attribution, String papers, String note) {
        return new KValue(form, ValueState.MEASURED, amount, ValueKind.NOT_STATED, "K2VIEWER",
                EvidenceLevel.SECONDARY_COMPILATION, ValueStats.NONE, List.of(papers.split(" ")), attribution, "", note);
    }

    private static Food food(KValue... values) {
        return Food.of("f", "F", "G", FoodOrigin.USDA, "S", List.of(values), List.of(LIVER));
    }

    @Test
    void zerosInSomeCountedFormsWithOthersNotMeasuredAreNotNever() {
        // USDA raw chicken liver: K1 0 and dihydro-K1 0 measured, MK-4 not measured.
        Food liver = food(v(KForm.K1, ValueState.MEASURED_ZERO, 0), v(KForm.DIHYDRO_K1, ValueState.MEASURED_ZERO, 0));
        CoverageFigures f = CoverageFigures.of(liver, TOTAL_K, LIVER);
        assertEquals(CountedState.NONE_IN_FORMS_MEASURED, f.state());
        assertEquals(Reach.Kind.NONE_IN_FORMS_MEASURED, f.grams().kind());
        assertEquals(Reach.Kind.NONE_IN_FORMS_MEASURED, f.servings().kind());
        assertEquals(EnumSet.range(KForm.MK4, KForm.MK13), f.notMeasured());
        assertFalse(f.grams().reaches());
        // With an assumed zero among them it is still only "none in the forms measured".
        Food assumed = food(v(KForm.K1, ValueState.ASSUMED_ZERO, 0), v(KForm.DIHYDRO_K1, ValueState.MEASURED_ZERO, 0));
        assertEquals(CountedState.NONE_IN_FORMS_MEASURED, CoverageFigures.of(assumed, TOTAL_K, null).state());
        // A cheese snack whose only K2 value is MK-4 = 0, under K2 only.
        Food snack = food(v(KForm.MK4, ValueState.MEASURED_ZERO, 0), v(KForm.K1, ValueState.MEASURED, 3));
        assertEquals(CountedState.NONE_IN_FORMS_MEASURED, CoverageFigures.of(snack, K2, null).state());
    }

    @Test
    void neverOnlyWhenEveryCountedFormWasMeasuredAsZeroOrNotDetected() {
        List<KValue> all = new ArrayList<>();
        for (KForm form : CountedForms.TOTAL_K.forms()) {
            all.add(form == KForm.MK7 ? v(form, ValueState.NOT_DETECTED, 0) : v(form, ValueState.MEASURED_ZERO, 0));
        }
        Food none = food(all.toArray(KValue[]::new));
        assertEquals(CountedState.NEVER, CoverageFigures.of(none, TOTAL_K, null).state());
        assertEquals(Reach.NEVER, CoverageFigures.of(none, TOTAL_K, null).grams());
        assertTrue(CoverageFigures.of(none, TOTAL_K, null).notMeasured().isEmpty());
        assertEquals(CountedState.NEVER, CoverageFigures.of(none, K1, null).state());
        Food assumed = food(v(KForm.K1, ValueState.ASSUMED_ZERO, 0));
        assertEquals(CountedState.ASSUMED_ZERO, CoverageFigures.of(assumed, K1, null).state(),
                "an assumed zero is not a measurement");
        assertEquals(Reach.ASSUMED_ZERO, CoverageFigures.of(assumed, K1, null).grams());
    }

    @Test
    void noValueIsNoFigureAndAnAmountReaches() {
        Food kale = food(v(KForm.K1, ValueState.MEASURED, 400));
        CoverageFigures k2 = CoverageFigures.of(kale, K2, LIVER);
        assertEquals(CountedState.NOT_MEASURED, k2.state());
        assertNull(k2.grams());
        assertNull(k2.percent());
        CoverageFigures total = CoverageFigures.of(kale, TOTAL_K, LIVER);
        assertEquals(CountedState.MEASURED, total.state());
        assertEquals(30, total.grams().grams().low(), 1e-9);
        assertTrue(total.partial(), "K2 not measured: at most 30 g");
        assertEquals(400 * 0.44 / 120 * 100, total.percent().low(), 1e-9);
    }

    @Test
    void valuesMergedWithTheCompilersUnpublishedAnalysesAreNeverCounted() {
        // "Black tea (brewed)": MK-8 70.8 merged from K2VIEWER_OWN and two papers.
        Food tea = food(compiled(KForm.MK8, 70.8, Attribution.MERGED, "K2VIEWER_OWN KAMAO2007 SCHURGERS2000", ""),
                compiled(KForm.MK4, 3.7, Attribution.MERGED, "K2VIEWER_OWN KAMAO2007 SCHURGERS2000", ""));
        assertTrue(tea.values().get(0).isUnpublished());
        assertTrue(tea.amount(KForm.MK8).isEmpty());
        assertTrue(tea.onlyUnpublished(KForm.MK8));
        assertEquals(CountedState.NOT_MEASURED, CoverageFigures.of(tea, K2, null).state());
        Food published = food(compiled(KForm.MK8, 10, Attribution.MERGED, "KAMAO2007 SCHURGERS2000", ""));
        assertFalse(published.values().get(0).isUnpublished());
        assertEquals(CountedState.MEASURED, CoverageFigures.of(published, K2, null).state());
    }

    @Test
    void knownDoubtsTravelWithTheFiguresTheyMakeUp() {
        Food beefLiver = food(compiled(KForm.MK7, 5.0, Attribution.SINGLE, "ELDER2006", ""),
                compiled(KForm.MK4, 0.3, Attribution.SINGLE, "ELDER2006", ""),
                compiled(KForm.K1, 2.7, Attribution.SINGLE, "ELDER2006", ""));
        assertEquals(Set.of(ValueDoubt.ELDER_LONG_CHAIN), CoverageFigures.of(beefLiver, K2, null).doubts());
        assertEquals(Set.of(), CoverageFigures.of(beefLiver, new DailyTarget("t", 90, CountedForms.MK4_ONLY), null)
                .doubts(), "Elder 2006 measured MK-4");
        Food hard = food(compiled(KForm.MK9, 111.6, Attribution.MERGED, "FU2017 SCHURGERS2000",
                ValueDoubt.TOTALS_NOTE + " (row total K2 130.5 != sum of listed MK forms 179.0)."));
        assertEquals(Set.of(ValueDoubt.TOTALS_DISAGREE), CoverageFigures.of(hard, K2, null).doubts());
        assertEquals(Set.of(), CoverageFigures.doubts(hard, Set.of(KForm.MK9)), "a sum's doubt, not one form's");
    }
}
