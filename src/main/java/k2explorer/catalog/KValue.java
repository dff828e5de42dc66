package k2explorer.catalog;

import java.util.Objects;

/**
 * One measured amount of one vitamin K form in 100 g of the edible portion of a food, with where it came from.
 * A form that was not measured has no KValue at all: absence, never zero.
 */
public record KValue(
        KForm form,
        double microgramsPer100g,
        ValueKind kind,
        String samples,
        String sourceId,
        EvidenceLevel evidence,
        String note) {

    public KValue {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(evidence, "evidence");
        if (!Double.isFinite(microgramsPer100g) || microgramsPer100g < 0) {
            throw new IllegalArgumentException("amount must be finite and not negative: " + microgramsPer100g);
        }
        samples = samples == null ? "" : samples;
        note = note == null ? "" : note;
    }
}
