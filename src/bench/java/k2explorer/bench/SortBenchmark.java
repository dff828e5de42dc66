package k2explorer.bench;

import java.util.List;
import k2explorer.ui.foods.FoodColumn;
import k2explorer.ui.foods.SortKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What the Foods table renders from after a click on a column header: the whole list sorted again (alternating
 * direction, missing values last), by a text column, single forms, a sum of forms and a coverage figure.
 */
public class SortBenchmark extends FoodsTableBenchmark {
    @Param({"8504", "80000"})
    public int size;

    @Param({"NAME", "K1", "MK7", "TOTAL_K", "GRAMS_TO_TARGET"})
    public String sortColumn;

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
