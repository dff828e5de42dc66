package k2explorer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A family row shows the spread of its sources and sorts by the best-supported one. */
class FamilyCellTest {
    private static KValue usda(double amount, int samples) {
        return new KValue(KForm.MK4, amount > 0 ? ValueState.MEASURED : ValueState.MEASURED_ZERO, amount,
                ValueKind.MEAN, "USDA_SR28", EvidenceLevel.NUTRIENT_DATABASE,
                new ValueStats(samples, null, null, null, samples == 0 ? "4" : "1", null, null), List.of(), null, "",
                "");
    }

    private static KValue compiled(double amount, Attribution attribution) {
        return new KValue(KForm.MK4, ValueState.MEASURED, amount, ValueKind.NOT_STATED, "K2VIEWER",
                EvidenceLevel.SECONDARY_COMPILATION, ValueStats.NONE, List.of("P"), attribution, "", "");
    }

    private static Food food(String id, FoodOrigin origin, RankingExclusion exclusion, KValue... values) {
        return new Food(id, id, "g", origin, "S", List.of(values), List.of(), java.util.Map.of(), List.of(), "fam:x",
                exclusion, "");
    }

    private static java.util.Optional<FormTotal> mk4(Food f) {
        return f.amount(KForm.MK4).map(a -> FormTotal.single(KForm.MK4, a));
    }

    @Test
    void theSpreadCoversEverySourceAndTheAnalysedValueIsTheOneRanked() {
        Food merged = food("k2c:liver", FoodOrigin.COMPILED, null, compiled(14.1, Attribution.MERGED));
        Food analysed = food("usda:1", FoodOrigin.USDA, null, usda(6.0, 3));
        Food calculated = food("usda:2", FoodOrigin.USDA, null, usda(30, 0));
        FamilyCell cell = FamilyCell.of(List.of(merged, calculated, analysed), FamilyCellTest::mk4).orElseThrow();
        assertEquals(new AmountRange(6.0, 30), cell.spread().range());
        assertEquals(3, cell.sources());
        assertEquals("usda:1", cell.bestFood().id(), "analysed beats compiled and calculated");
        assertEquals(AmountRange.of(6.0), cell.best().amount().range());
        assertFalse(cell.partial());
    }

    @Test
    void foodsLeftOutOfRankingsAndMembersWithoutTheColumnDoNotCount() {
        Food plain = food("lit:a", FoodOrigin.COMPILED, null, compiled(5, Attribution.SINGLE));
        Food fortified = food("lit:b", FoodOrigin.COMPILED, RankingExclusion.FORTIFIED, compiled(500, Attribution.SINGLE));
        Food none = food("usda:3", FoodOrigin.USDA, null);
        FamilyCell cell = FamilyCell.of(List.of(plain, fortified, none), FamilyCellTest::mk4).orElseThrow();
        assertEquals(AmountRange.of(5), cell.spread().range());
        assertEquals(1, cell.sources());
        assertTrue(FamilyCell.of(List.of(none), FamilyCellTest::mk4).isEmpty(), "no value anywhere: no cell");
    }

    @Test
    void aMeasuredZeroAndAnAmountMakeASpreadFromZero() {
        Food zero = food("usda:4", FoodOrigin.USDA, null, usda(0, 2));
        Food some = food("k2c:x", FoodOrigin.COMPILED, null, compiled(3, Attribution.SINGLE));
        FamilyCell cell = FamilyCell.of(List.of(zero, some), FamilyCellTest::mk4).orElseThrow();
        assertEquals(new AmountRange(0, 3), cell.spread().range());
        assertEquals(ValueState.MEASURED, cell.spread().state());
        assertEquals(ValueState.MEASURED_ZERO, cell.best().amount().state(), "the analysed zero is ranked");
    }
}
