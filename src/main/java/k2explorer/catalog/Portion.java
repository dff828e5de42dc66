package k2explorer.catalog;

import java.util.Objects;
import k2explorer.i18n.Numbers;

/** A household measure of a food and its weight in grams (e.g. "1 cup, chopped" = 67 g). */
public record Portion(int seq, double amount, String measure, double grams, String sourceId) {

    public Portion {
        if (!(grams > 0) || !Double.isFinite(grams)) {
            throw new IllegalArgumentException("portion grams must be positive: " + grams);
        }
    }

    /* Written out for the reason KValue gives: every component, doubles as Double.compare. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Portion p && seq == p.seq && Double.compare(amount, p.amount) == 0
                && Objects.equals(measure, p.measure) && Double.compare(grams, p.grams) == 0
                && Objects.equals(sourceId, p.sourceId);
    }

    @Override
    public int hashCode() {
        int h = seq;
        h = 31 * h + Double.hashCode(amount);
        h = 31 * h + Objects.hashCode(measure);
        h = 31 * h + Double.hashCode(grams);
        return 31 * h + Objects.hashCode(sourceId);
    }

    public String label() {
        return Numbers.exact(amount) + " " + measure + " (" + Numbers.exact(grams) + " g)";
    }
}
