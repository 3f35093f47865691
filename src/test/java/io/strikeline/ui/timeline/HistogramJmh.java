package io.strikeline.ui.timeline;

import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** The timeline histogram: building its prefix sums for a filtered set, and reading 1,000 bars from them. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class HistogramJmh {

    private static final int BARS = 1000;

    @Param({"100000", "1000000"})
    int events;

    private EventSet all;
    private TimelineIndex index;
    private long from;
    private long barMillis;

    @Setup
    public void setUp() {
        all = EventCatalog.of(SyntheticEvents.generate(events, 1)).all();
        index = TimelineIndex.of(all, LaneMode.BY_TYPE);
        from = LocalDate.of(2014, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        barMillis = 4L * 86_400_000L;
    }

    @Benchmark
    public TimelineIndex buildIndex() {
        return TimelineIndex.of(all, LaneMode.BY_TYPE);
    }

    @Benchmark
    public double readBars() {
        double sum = 0;
        for (int b = 0; b < BARS; b++) {
            long start = from + b * barMillis;
            sum += index.preciseBetween(start, start + barMillis) + index.impreciseBetween(start, start + barMillis);
        }
        return sum;
    }
}
