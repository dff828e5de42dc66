package k2explorer.mine.plans;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import k2explorer.mine.store.UserDataStore;

/**
 * Run in a child JVM by {@link CrashTest}: saves plans in a loop and prints "committed NAME ." after each save
 * returns, until it is killed. The plans' contents follow from their names, so the parent can check them.
 */
public final class PlanWriterChild {
    private PlanWriterChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            Plans plans = new Plans(store);
            System.out.println("ready .");
            System.out.flush();
            for (int i = 0; ; i++) {
                String name = prefix + "-" + i;
                plans.save(expected(name, i));
                System.out.println("committed " + name + " .");
                System.out.flush();
            }
        }
    }

    /** The plan saved under a name: its item count and amounts are derived from its number. */
    public static DayPlan expected(String name, int i) {
        List<DayPlan.Item> items = new ArrayList<>();
        for (int k = 0; k <= i % 7; k++) {
            items.add(new DayPlan.Item("usda:" + (11000 + k), "Food " + k, 10 + k + i % 13, PlanUnit.GRAMS, null,
                    null));
        }
        items.add(new DayPlan.Item("lit:KAMAO2007:natto", "Natto", 1 + i % 3, PlanUnit.SERVINGS, "1 pack", 40.0));
        return new DayPlan(null, name, LocalDate.of(2026, 1, 1).plusDays(i % 28), items);
    }
}
