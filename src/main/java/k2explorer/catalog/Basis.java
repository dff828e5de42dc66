package k2explorer.catalog;

import java.util.OptionalDouble;

/** What amounts are expressed per: 100 g of food, one household serving, or 100 kcal of the food's energy. */
public enum Basis {
    PER_100G,
    PER_SERVING,
    PER_100_KCAL;

    /**
     * The factor that turns an amount per 100 g into this basis, or empty when the food lacks what the basis
     * needs (no serving chosen, energy not measured or zero): such amounts are unknown, not zero.
     */
    public OptionalDouble factor(Food food, Portion serving) {
        return switch (this) {
            case PER_100G -> OptionalDouble.of(1.0);
            case PER_SERVING -> serving == null ? OptionalDouble.empty() : OptionalDouble.of(Amount.factorFor(serving.grams()));
            case PER_100_KCAL -> {
                OptionalDouble kcal = food.nutrient(Nutrient.ENERGY);
                yield kcal.isPresent() && kcal.getAsDouble() > 0
                        ? OptionalDouble.of(100.0 / kcal.getAsDouble())
                        : OptionalDouble.empty();
            }
        };
    }
}
