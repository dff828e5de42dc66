package k2explorer.catalog;

import k2explorer.i18n.Numbers;

/** A household measure of a food and its weight in grams (e.g. "1 cup, chopped" = 67 g). */
public record Portion(int seq, double amount, String measure, double grams, String sourceId) {

    public Portion {
        if (!(grams > 0) || !Double.isFinite(grams)) {
            throw new IllegalArgumentException("portion grams must be positive: " + grams);
        }
    }

    public String label() {
        return Numbers.exact(amount) + " " + measure + " (" + Numbers.exact(grams) + " g)";
    }
}
