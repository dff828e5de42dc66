package k2explorer.catalog;

/**
 * How a database value was obtained, as USDA SR28 records it: analysed samples (0 = calculated or imputed), standard
 * error, minimum and maximum, the source and derivation codes and the month it last changed. Null where not given.
 */
public record ValueStats(Integer samples, Double standardError, Double min, Double max, String sourceCode,
                         String derivationCode, String lastChanged) {

    public static final ValueStats NONE = new ValueStats(null, null, null, null, null, null, null);

    /** USDA's mark for a value worked out from other foods or recipes rather than analysed. */
    public boolean calculated() {
        return samples != null && samples == 0 && !"7".equals(sourceCode);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
