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

    // equals and hashCode written out: a record's generated ones bootstrap method handles on first use (~70
    // classes on the FX thread before the first frame); same meaning, every component (WrittenOutEqualityTest).
    @Override
    public boolean equals(Object o) {
        return o instanceof TargetPreset p && Objects.equals(id, p.id) && Objects.equals(authority, p.authority)
                && Objects.equals(population, p.population)
                && Double.compare(microgramsPerDay, p.microgramsPerDay) == 0
                && Double.compare(microgramsPerKg, p.microgramsPerKg) == 0 && Objects.equals(covers, p.covers)
                && Objects.equals(citation, p.citation) && Objects.equals(link, p.link)
                && Objects.equals(checkedIn, p.checkedIn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, authority, population, microgramsPerDay, microgramsPerKg, covers, citation, link,
                checkedIn);
    }

}
