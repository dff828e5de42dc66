package k2explorer.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What the Foods table renders from after one keystroke in the search field (the filtered, sorted row list), at
 * 8.5k (the real catalog), 80k and 800k foods.
 */
public class KeystrokeBenchmark extends FoodsTableBenchmark {
    /** A fixed script of keystrokes: typing and deleting three searches, as a user would. */
    static final String[] KEYSTROKES = {"k", "ka", "kal", "kale", "kale ", "kale r", "kale ra", "kale raw",
        "kale ra", "kale r", "kale ", "kale", "kal", "ka", "k", "", "n", "na", "nat", "natt", "natto", "natt", "nat",
        "na", "n", "", "c", "ch", "che", "chee", "chees", "cheese", "cheese c", "cheese ch", "cheese ched",
        "cheese cheddar", "", "s", "sp", "spi", "spin", "spinach", ""};

    @Param({"8504", "80000", "800000"})
    public int size;

    /** The table is sorted by MK-7, descending, while typing (any sort works the same: typing never re-sorts). */
    public String sortColumn = "MK7";

    private int next;

    @Setup(Level.Trial)
    public void load() {
        model = SyntheticCatalog.model(size, sortColumn, false);
    }

    /** One keystroke: the query changes, the rows are filtered and kept sorted. */
    @Benchmark
    public int keystroke() {
        model.queryProperty().set(KEYSTROKES[next++ % KEYSTROKES.length]);
        return model.visibleRows().size();
    }
}
