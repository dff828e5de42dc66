package k2explorer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An amount per 100 g turned into the amount in some grams of the food keeps its state and its spread. */
class AmountTest {

    @Test
    void aServingOf30GramsHoldsThreeTenthsOfTheAmountPer100Grams() {
        Amount perHundred = new Amount(new AmountRange(10, 40), ValueState.MEASURED, false);
        Amount serving = perHundred.forGrams(30);
        assertEquals(3, serving.low(), 1e-12);
        assertEquals(12, serving.high(), 1e-12);
        assertEquals(ValueState.MEASURED, serving.state());
    }

    @Test
    void aBoundStaysABoundAndACalculatedValueStaysCalculated() {
        Amount below = new Amount(new AmountRange(0, 5), ValueState.BELOW_BOUND, true);
        Amount inPlan = below.forGrams(250);
        assertEquals(ValueState.BELOW_BOUND, inPlan.state());
        assertEquals(12.5, inPlan.high(), 1e-12);
        assertEquals(true, inPlan.calculated());
    }

    @Test
    void theFactorIsGramsOverTheHundredGramBasis() {
        assertEquals(0.3, Amount.factorFor(30), 1e-12);
        assertEquals(1.0, Amount.factorFor(Amount.BASIS_GRAMS), 1e-12);
        assertEquals(2.5, Amount.factorFor(250), 1e-12);
    }
}
