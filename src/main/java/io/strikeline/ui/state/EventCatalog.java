package io.strikeline.ui.state;

import io.strikeline.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All events the viewer has loaded, immutable, sorted by start date then id. Views address events by
 * their index here; {@link EventSet} is a subset of indexes.
 */
public final class EventCatalog {

    private static final EventCatalog EMPTY = new EventCatalog(List.of());

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final List<Event> events;
    private final Map<Long, Integer> indexById;
    // Millisecond bounds of each event's date range, so brushing tests primitives, not objects.
    private final long[] startMillis;
    private final long[] endMillis;

    private EventCatalog(List<Event> sorted) {
        this.events = sorted;
        this.indexById = new HashMap<>(sorted.size() * 2);
        this.startMillis = new long[sorted.size()];
        this.endMillis = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Event e = sorted.get(i);
            indexById.put(e.id(), i);
            startMillis[i] = e.date() == null ? Long.MAX_VALUE : e.date().start().toEpochDay() * MILLIS_PER_DAY;
            endMillis[i] = e.date() == null ? Long.MIN_VALUE : (e.date().end().toEpochDay() + 1) * MILLIS_PER_DAY;
        }
    }

    public static EventCatalog empty() {
        return EMPTY;
    }

    public static EventCatalog of(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event e) -> e.date() == null ? null : e.date().start(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Event::id));
        return new EventCatalog(List.copyOf(sorted));
    }

    /** This catalog with some events replaced or added ({@code changed}) and some taken out ({@code gone}). */
    public EventCatalog replacing(List<Event> changed, Set<Long> gone) {
        Map<Long, Event> byId = new LinkedHashMap<>();
        for (Event e : events) {
            byId.put(e.id(), e);
        }
        gone.forEach(byId::remove);
        changed.forEach(e -> byId.put(e.id(), e));
        return of(new ArrayList<>(byId.values()));
    }

    public int size() {
        return events.size();
    }

    public Event get(int index) {
        return events.get(index);
    }

    public List<Event> events() {
        return events;
    }

    /** The index of the event with this id, or -1. */
    public int indexOf(long eventId) {
        Integer index = indexById.get(eventId);
        return index == null ? -1 : index;
    }

    /** True when the event at this index is dated and its date range overlaps the window. */
    public boolean overlaps(int index, TimeWindow window) {
        return startMillis[index] < window.end().toEpochMilli() && endMillis[index] > window.start().toEpochMilli();
    }

    public EventSet all() {
        int[] indexes = new int[events.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        return new EventSet(this, indexes);
    }
}
