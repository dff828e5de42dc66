package k2explorer.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What one source says about one vitamin K form in 100 g of the edible portion of a food, with where it came from.
 * A form that was not measured has no KValue at all: absence, never zero.
 *
 * @param amount     µg per 100 g; for {@link ValueState#BELOW_BOUND} the bound; NaN when not detected
 * @param sourceId   the source the value was read from (a database, a compilation, a paper)
 * @param originIds  the studies behind it when that source names them (USDA's references, the compiled papers)
 * @param attribution how a compiled value relates to its papers; null for other sources
 * @param samples    the number of samples as the source words it (literature), or empty
 */
public record KValue(
        KForm form,
        ValueState state,
        double amount,
        ValueKind kind,
        String sourceId,
        EvidenceLevel evidence,
        ValueStats stats,
        List<String> originIds,
        Attribution attribution,
        String samples,
        String note) {

    /** The compiled table's key for the compiler's own analyses (not peer-reviewed). */
    public static final String UNPUBLISHED_SOURCE = "K2VIEWER_OWN";

    public KValue {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(evidence, "evidence");
        stats = stats == null ? ValueStats.NONE : stats;
        originIds = originIds == null ? List.of() : List.copyOf(originIds);
        samples = samples == null ? "" : samples;
        note = note == null ? "" : note;
        switch (state) {
            case NOT_DETECTED -> amount = Double.NaN;
            case ASSUMED_ZERO, MEASURED_ZERO -> requireAmount(amount, 0, 0);
            case MEASURED, BELOW_BOUND -> requireAmount(amount, Double.MIN_VALUE, Double.MAX_VALUE);
        }
    }

    private static void requireAmount(double amount, double min, double max) {
        if (!Double.isFinite(amount) || amount < min || amount > max) {
            throw new IllegalArgumentException("amount " + amount + " does not fit the value's state");
        }
    }

    /*
     * equals and hashCode are written out with the record's meaning (every component; doubles as Double.compare):
     * the catalog reader keeps one instance of each distinct value, and the generated ones are bootstrapped through
     * method handles on first use (~30 ms and ~30 classes during start-up).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof KValue v && form == v.form && state == v.state && Double.compare(amount, v.amount) == 0
                && kind == v.kind && sourceId.equals(v.sourceId) && evidence == v.evidence && stats.equals(v.stats)
                && originIds.equals(v.originIds) && attribution == v.attribution && samples.equals(v.samples)
                && note.equals(v.note);
    }

    @Override
    public int hashCode() {
        int h = form.hashCode();
        h = 31 * h + state.hashCode();
        h = 31 * h + Double.hashCode(amount);
        h = 31 * h + kind.hashCode();
        h = 31 * h + sourceId.hashCode();
        h = 31 * h + evidence.hashCode();
        h = 31 * h + stats.hashCode();
        h = 31 * h + originIds.hashCode();
        h = 31 * h + Objects.hashCode(attribution);
        h = 31 * h + samples.hashCode();
        return 31 * h + note.hashCode();
    }

    /** A plain measured value (the user's own foods, tests): zero is a measured zero. */
    public static KValue measured(KForm form, double amount, ValueKind kind, String sourceId, EvidenceLevel evidence,
                                  String samples, String note) {
        return new KValue(form, amount > 0 ? ValueState.MEASURED : ValueState.MEASURED_ZERO, amount, kind, sourceId,
                evidence, ValueStats.NONE, List.of(), null, samples, note);
    }

    public boolean isCalculated() {
        return stats.calculated();
    }

    /**
     * Unpublished values are shown where asked for, never ranked or added up with published ones. A value whose
     * sources include the compiler's own unpublished analyses counts as unpublished even when the compiler merged it
     * with papers: which part came from where is not stated.
     */
    public boolean isUnpublished() {
        return attribution == Attribution.UNPUBLISHED || originIds.contains(UNPUBLISHED_SOURCE);
    }

    /** The known doubts about this value (empty for most values). */
    public java.util.Set<ValueDoubt> doubts() {
        java.util.EnumSet<ValueDoubt> doubts = java.util.EnumSet.noneOf(ValueDoubt.class);
        if (originIds.contains(ValueDoubt.ELDER_SOURCE) && form.isMenaquinone() && form != KForm.MK4) {
            doubts.add(ValueDoubt.ELDER_LONG_CHAIN);
        }
        if (note.contains(ValueDoubt.TOTALS_NOTE)) {
            doubts.add(ValueDoubt.TOTALS_DISAGREE);
        }
        return doubts;
    }

    /** The amount as a number a person reads (0 for the zero states and not detected). */
    public double amountOrZero() {
        return state.countsAsZero() ? 0 : amount;
    }
}
