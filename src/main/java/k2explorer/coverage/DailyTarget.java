package k2explorer.coverage;

import java.util.Objects;

/** The amount a user wants to reach in a day, what it is called, and which forms count toward it. */
public record DailyTarget(String label, double microgramsPerDay, CountedForms counted) {

    public DailyTarget {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(counted, "counted");
        if (!Double.isFinite(microgramsPerDay) || microgramsPerDay <= 0) {
            throw new IllegalArgumentException("a daily target must be a positive amount of µg: " + microgramsPerDay);
        }
    }

    // equals and hashCode written out: a record's generated ones bootstrap method handles on first use (~70
    // classes on the FX thread before the first frame); same meaning, every component (WrittenOutEqualityTest).
    @Override
    public boolean equals(Object o) {
        return o instanceof DailyTarget t && Objects.equals(label, t.label)
                && Double.compare(microgramsPerDay, t.microgramsPerDay) == 0 && counted == t.counted;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(label) + Double.hashCode(microgramsPerDay)) + Objects.hashCode(counted);
    }
}
