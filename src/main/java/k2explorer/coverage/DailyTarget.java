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

    /* Written out: used before the first full frame, where a record's generated one costs a method-handle set-up
     * (FirstFrameClassesTest). Every component counts, doubles as Double.compare (WrittenOutEqualityTest). */
    @Override
    public boolean equals(Object o) {
        return o instanceof DailyTarget t && Objects.equals(label, t.label)
                && Double.compare(microgramsPerDay, t.microgramsPerDay) == 0 && counted == t.counted;
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(label);
        h = 31 * h + Double.hashCode(microgramsPerDay);
        return 31 * h + Objects.hashCode(counted);
    }
}
