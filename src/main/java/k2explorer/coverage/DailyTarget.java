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
}
