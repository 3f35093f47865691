package io.strikeline.store;

import io.strikeline.model.Event;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Reading every event of a database, as the viewer does on open: {@code -p db=/tmp/scale/1m.db}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class LoadJmh {

    @Param("data/sample.db")
    String db;

    private EventStore store;

    @Setup
    public void open() {
        store = EventStore.openReadOnly(Path.of(db));
    }

    @TearDown
    public void close() {
        store.close();
    }

    @Benchmark
    public List<Event> loadAllEvents() {
        return store.events();
    }

    /** What the viewer reads now: the whole events unordered, on two connections. */
    @Benchmark
    public List<Event> loadAllEventsUnordered() {
        return store.eventsUnordered(2);
    }

    /** What the viewer draws first: every event's outline, on two connections. */
    @Benchmark
    public OutlineColumns loadOutlines() {
        return OutlineColumnReader.read(store, 2);
    }
}
