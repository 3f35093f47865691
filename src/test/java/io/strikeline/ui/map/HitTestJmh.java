package io.strikeline.ui.map;

import io.strikeline.geo.WebMercator;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.GeoBox;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The map's per-frame work: clustering the visible events (which also yields the hit targets), and a stack's hit test. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class HitTestJmh {

    @Param({"100000", "1000000"})
    int events;

    private EventIndex index;
    private EventSet all;
    private EventSet tenth;
    private MapViewport viewport;
    private Cluster biggest;

    @Setup
    public void setUp() {
        EventCatalog catalog = EventCatalog.of(SyntheticEvents.generate(events, 3));
        index = new EventIndex(catalog, new WebMercator());
        all = catalog.all();
        tenth = all.filter(i -> i % 10 == 0);
        viewport = MapViewport.home(1600, 1000).fitted(new GeoBox(20, 25, 43, 63));
        biggest = Clusters.compute(index, all, viewport, MarkerPainter.CELL_PIXELS).stream()
                .max((a, b) -> Integer.compare(a.count(), b.count())).orElseThrow();
    }

    @Benchmark
    public List<Cluster> clusterAll() {
        return Clusters.compute(index, all, viewport, MarkerPainter.CELL_PIXELS);
    }

    @Benchmark
    public List<Cluster> clusterTenth() {
        return Clusters.compute(index, tenth, viewport, MarkerPainter.CELL_PIXELS);
    }

    @Benchmark
    public int hitTestStack() {
        return StackPicker.members(index, all, biggest).newest().size();
    }
}
