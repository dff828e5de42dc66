package k2explorer.mine.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashTest}: restores two backups in turn, for ever, printing "restored NAME ." after
 * each restore returns, until it is killed.
 */
public final class RestoreLoopChild {
    private RestoreLoopChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Path[] backups = {Path.of(args[1]), Path.of(args[2])};
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            System.out.println("ready .");
            System.out.flush();
            for (int i = 0; ; i++) {
                store.restoreFrom(backups[i % 2]);
                System.out.println("restored " + (i % 2) + " .");
                System.out.flush();
            }
        }
    }
}
