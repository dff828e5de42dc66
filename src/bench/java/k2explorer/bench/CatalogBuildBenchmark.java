package k2explorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import k2explorer.catalog.sources.BundledData;
import k2explorer.catalog.sources.ProgressListener;
import k2explorer.catalog.store.CatalogStore;
import k2explorer.catalog.store.OpenedCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * First-run catalog build from the bundled resources into a new SQLite file, then loading it, as on a first start.
 * Single shots in fresh JVMs (the first start of the app is a cold JVM) and warmed up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogBuildBenchmark {

    private Path dir;

    @Setup(Level.Invocation)
    public void newFolder() throws IOException {
        dir = Files.createTempDirectory("k2-build-bench");
    }

    @TearDown(Level.Invocation)
    public void removeFolder() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private OpenedCatalog buildFresh() {
        return new CatalogStore(dir, BundledData.load()).open(ProgressListener.NONE);
    }

    /** A cold JVM: what a user waits for on the very first start. */
    @Benchmark
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public OpenedCatalog coldFirstStart() {
        return buildFresh();
    }

    /** A warm JVM: the build's own cost without class loading and JIT warm-up. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public OpenedCatalog warmBuild() {
        return buildFresh();
    }
}
