package k2explorer.app;

import java.lang.management.ManagementFactory;

/** Time since the JVM started, for the start-up figure the log reports. */
public final class StartupClock {
    private StartupClock() {
    }

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
