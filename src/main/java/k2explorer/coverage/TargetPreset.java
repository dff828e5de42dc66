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

}
