package k2explorer.app;

import java.lang.management.ManagementFactory;

/** Time since the JVM started, for the start-up figure the log reports. */
public final class StartupClock {
    private StartupClock() {
    }

    public static long millisSinceJvmStart() {
        return millisSinceJvmStart(System.currentTimeMillis());
    }

    /** The time from JVM start to {@code atMillis} (a {@link System#currentTimeMillis()} reading). */
    public static long millisSinceJvmStart(long atMillis) {
        return atMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
