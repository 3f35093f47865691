package io.strikeline.ui.state;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

/** The catalog's hot paths at archive sizes: building it, a type filter, a brushed window, an id lookup. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CatalogJmh {

    @Param({"100000", "1000000"})
    int events;

    private List<Event> list;
    private EventCatalog catalog;
    private EventSet all;
    private EventFilter twoTypes;
    private TimeWindow month;
    private long someId;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        list = new ArrayList<>(events);
        LocalDate base = LocalDate.of(2014, 1, 1);
        EventType[] types = EventType.values();
        for (int i = 0; i < events; i++) {
            EventDate date = EventDate.day(base.plusDays(random.nextInt(4000)));
            list.add(new Event(i + 1L, types[random.nextInt(types.length)], date, "Baghdad", 33.3, 44.4, null, "IQ",
                    "United States", null, random.nextInt(5), null, null, null, 0.5, Origin.EXTRACTED));
        }
        catalog = EventCatalog.of(list);
        all = catalog.all();
        twoTypes = EventFilter.NONE.withTypes(Set.of(EventType.AIRSTRIKE, EventType.DRONE_STRIKE));
        month = TimeWindow.ofDays(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
        someId = events / 3;
    }

    @Benchmark
    public EventCatalog buildCatalog() {
        return EventCatalog.of(list);
    }

    @Benchmark
    public EventSet filterByType() {
        return all.filter(i -> twoTypes.accepts(catalog, i));
    }

    @Benchmark
    public EventSet brushMonth() {
        return all.overlapping(month);
    }

    @Benchmark
    public int indexOfId() {
        return catalog.indexOf(someId);
    }
}
