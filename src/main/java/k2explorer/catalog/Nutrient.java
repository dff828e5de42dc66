package k2explorer.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The other nutrients carried for each food (USDA SR numbers), used for context and the per-100 kcal basis. */
public enum Nutrient {
    ENERGY("208", "Energy", "kcal"),
    PROTEIN("203", "Protein", "g"),
    FAT("204", "Total fat", "g"),
    CALCIUM("301", "Calcium", "mg"),
    MAGNESIUM("304", "Magnesium", "mg"),
    SODIUM("307", "Sodium", "mg"),
    VITAMIN_D("328", "Vitamin D (D2 + D3)", "µg"),
    VITAMIN_D_IU("324", "Vitamin D", "IU");

    private final String srNumber;
    private final String label;
    private final String unit;

    Nutrient(String srNumber, String label, String unit) {
        this.srNumber = srNumber;
        this.label = label;
        this.unit = unit;
    }

    public String srNumber() {
        return srNumber;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Optional<Nutrient> bySrNumber(String number) {
        return Arrays.stream(values()).filter(n -> n.srNumber.equals(number.trim())).findFirst();
    }
}
