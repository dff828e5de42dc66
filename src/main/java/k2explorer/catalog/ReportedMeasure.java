package k2explorer.catalog;

import java.util.Objects;

/**
 * A published number that is not the amount of one vitamin K form (a total of all vitamers, a value in
 * phylloquinone-equivalents, a per-serving figure …). Shown as reported, with its caveat; never used as a form value.
 */
public record ReportedMeasure(String measure, String value, String unit, String valueKind, String samples,
                              String sourceId, String note) {

    /* Written out: used before the first full frame, where a record's generated one costs a method-handle set-up
     * (FirstFrameClassesTest). Every component (all strings) counts (WrittenOutEqualityTest). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportedMeasure r && Objects.equals(measure, r.measure) && Objects.equals(value, r.value)
                && Objects.equals(unit, r.unit) && Objects.equals(valueKind, r.valueKind)
                && Objects.equals(samples, r.samples) && Objects.equals(sourceId, r.sourceId)
                && Objects.equals(note, r.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, value, unit, valueKind, samples, sourceId, note);
    }
}
