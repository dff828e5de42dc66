package k2explorer.bench;

import java.util.concurrent.TimeUnit;
import k2explorer.ui.foods.FoodsViewModel;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Foods table renders from: the measuring settings its benchmarks share (JMH's annotations are inherited)
 * and the table's view-model, which each benchmark fills from {@link SyntheticCatalog} in its set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class FoodsTableBenchmark {
    protected FoodsViewModel model;
}
