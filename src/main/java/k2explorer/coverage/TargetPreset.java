package k2explorer.coverage;

import java.util.Objects;

/**
 * A published daily intake reference, with its authority, population, which forms it covers and where it was
 * checked. Per-kg references need the user's body weight.
 */
public record TargetPreset(
        String id,
        String authority,
        String population,
        double microgramsPerDay,
        double microgramsPerKg,
        String covers,
        String citation,
        String link,
        String checkedIn) {

    public TargetPreset {
        Objects.requireNonNull(id, "id");
        if (!(microgramsPerDay > 0) && !(microgramsPerKg > 0)) {
            throw new IllegalArgumentException(id + ": a target needs µg/day or µg/kg");
        }
    }

    public boolean perKg() {
        return microgramsPerKg > 0;
    }

    /* Written out: used before the first full frame, where a record's generated one costs a method-handle set-up
     * (FirstFrameClassesTest). Every component counts, doubles as Double.compare (WrittenOutEqualityTest). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TargetPreset t && Objects.equals(id, t.id) && Objects.equals(authority, t.authority)
                && Objects.equals(population, t.population)
                && Double.compare(microgramsPerDay, t.microgramsPerDay) == 0
                && Double.compare(microgramsPerKg, t.microgramsPerKg) == 0 && Objects.equals(covers, t.covers)
                && Objects.equals(citation, t.citation) && Objects.equals(link, t.link)
                && Objects.equals(checkedIn, t.checkedIn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, authority, population, microgramsPerDay, microgramsPerKg, covers, citation, link,
                checkedIn);
    }
}
