package k2explorer.catalog;

/**
 * A published number that is not the amount of one vitamin K form (a total of all vitamers, a value in
 * phylloquinone-equivalents, a per-serving figure …). Shown as reported, with its caveat; never used as a form value.
 */
public record ReportedMeasure(String measure, String value, String unit, String valueKind, String samples,
                              String sourceId, String note) {
}
