package k2explorer.bench;

import java.util.concurrent.TimeUnit;
import k2explorer.ui.foods.FoodsViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Foods table renders from after one keystroke in the search field (the filtered, sorted row list), at
 * 8.5k (the real catalog), 80k and 800k foods.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeystrokeBenchmark {
    /** A fixed script of keystrokes: typing and deleting three searches, as a user would. */
    static final String[] KEYSTROKES = {"k", "ka", "kal", "kale", "kale ", "kale r", "kale ra", "kale raw",
        "kale ra", "kale r", "kale ", "kale", "kal", "ka", "k", "", "n", "na", "nat", "natt", "natto", "natt", "nat",
        "na", "n", "", "c", "ch", "che", "chee", "chees", "cheese", "cheese c", "cheese ch", "cheese ched",
        "cheese cheddar", "", "s", "sp", "spi", "spin", "spinach", ""};

    @Param({"8504", "80000", "800000"})
    public int size;

    /** The table is sorted by MK-7, descending, while typing (any sort works the same: typing never re-sorts). */
    public String sortColumn = "MK7";

    private FoodsViewModel model;
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
