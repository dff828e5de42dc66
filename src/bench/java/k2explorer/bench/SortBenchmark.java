package k2explorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.FoodsViewModel;
import k2explorer.ui.foods.SortKey;
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
 * What the Foods table renders from after a click on a column header: the whole list sorted again (alternating
 * direction, missing values last), by a text column, single forms, a sum of forms and a coverage figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SortBenchmark {
    @Param({"8504", "80000"})
    public int size;

    @Param({"NAME", "K1", "MK7", "TOTAL_K", "GRAMS_TO_TARGET"})
    public String sortColumn;

    private FoodsViewModel model;
    private boolean ascending;

    @Setup(Level.Trial)
    public void load() {
        model = SyntheticCatalog.model(size, sortColumn, false);
    }

    /** A click on a column header: the whole (unfiltered) list is sorted again, alternating direction. */
    @Benchmark
    public Object sortByColumn() {
        ascending = !ascending;
        model.sortBy(List.of(new SortKey(FoodColumn.valueOf(sortColumn), ascending)));
        return model.visibleRows().get(0);
    }
}
