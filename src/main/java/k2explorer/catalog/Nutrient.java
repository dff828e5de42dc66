package k2explorer.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The other nutrients carried for each food (USDA SR numbers), used for context and the per-100 kcal basis. */
public enum Nutrient {
    ENERGY("208", "kcal"),
    PROTEIN("203", "g"),
    FAT("204", "g"),
    CALCIUM("301", "mg"),
    MAGNESIUM("304", "mg"),
    SODIUM("307", "mg"),
    VITAMIN_D("328", "µg"),
    VITAMIN_D_IU("324", "IU");

    private final String srNumber;
    private final String unit;

    Nutrient(String srNumber, String unit) {
        this.srNumber = srNumber;
        this.unit = unit;
    }

    /**
     * A food's nutrients from one amount per nutrient in declaration order, NaN where not measured: what a reader
     * of many foods hands to {@link Food} without a map or a boxed number per food. The array is kept.
     */
    public static java.util.Map<Nutrient, Double> amounts(double[] byOrdinal) {
        return NutrientAmounts.ofArray(byOrdinal);
    }

    public String unit() {
        return unit;
    }

    public static Optional<Nutrient> bySrNumber(String number) {
        return Arrays.stream(values()).filter(n -> n.srNumber.equals(number.trim())).findFirst();
    }
}
