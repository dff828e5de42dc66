package k2explorer.catalog;

import java.util.Objects;

/**
 * How a database value was obtained, as USDA SR28 records it: analysed samples (0 = calculated or imputed), standard
 * error, minimum and maximum, the source and derivation codes and the month it last changed. Null where not given.
 */
public record ValueStats(Integer samples, Double standardError, Double min, Double max, String sourceCode,
                         String derivationCode, String lastChanged) {

    public static final ValueStats NONE = new ValueStats(null, null, null, null, null, null, null);

    /* Written out for the reason KValue gives: every component, doubles as Double.compare. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ValueStats s && Objects.equals(samples, s.samples)
                && Objects.equals(standardError, s.standardError) && Objects.equals(min, s.min)
                && Objects.equals(max, s.max) && Objects.equals(sourceCode, s.sourceCode)
                && Objects.equals(derivationCode, s.derivationCode) && Objects.equals(lastChanged, s.lastChanged);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(samples);
        h = 31 * h + Objects.hashCode(standardError);
        h = 31 * h + Objects.hashCode(min);
        h = 31 * h + Objects.hashCode(max);
        h = 31 * h + Objects.hashCode(sourceCode);
        h = 31 * h + Objects.hashCode(derivationCode);
        return 31 * h + Objects.hashCode(lastChanged);
    }

    /** USDA's mark for a value worked out from other foods or recipes rather than analysed. */
    public boolean calculated() {
        return samples != null && samples == 0 && !"7".equals(sourceCode);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
