package io.strikeline.ui.state;

import io.strikeline.model.Event;
import io.strikeline.store.OutlineColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * All events the viewer has loaded, immutable, sorted by start date then id. Views address events by
 * their index here; {@link EventSet} is a subset of indexes.
 */
public final class EventCatalog {

    /** Start date (undated last), then id: the order of the catalog's indexes. */
    private static final Comparator<Event> ORDER = Comparator.comparing(
                    (Event e) -> e.date() == null ? null : e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Event::id);

    private static final EventCatalog EMPTY = new EventCatalog(List.of());

    private static final int INDEX_BITS = 24;
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    private static final long MAX_PACKED_ID = Long.MAX_VALUE >>> INDEX_BITS;
    /** Start days shifted to be non-negative from year 1 on; undated events take the largest key, so they sort last. */
    private static final long DAY_KEY_OFFSET = -LocalDate.of(1, 1, 1).toEpochDay();
    private static final long UNDATED_KEY = (1L << (63 - INDEX_BITS)) - 1;

    private final List<Event> events;
    // Ids in ascending order and the catalog index of each: a binary search, not a million boxed map entries.
    private final long[] sortedIds;
    private final int[] indexOfSortedId;
    // Per-event fields the views compute over (dates as millis, type, position...), so they test primitives.
    private final CatalogColumns columns;

    private EventCatalog(List<Event> sorted) {
        this.events = sorted;
        this.columns = new CatalogColumns(sorted);
        this.sortedIds = new long[sorted.size()];
        this.indexOfSortedId = new int[sorted.size()];
        sortIdsWithIndexes(sorted);
    }

    private EventCatalog(List<Event> sorted, CatalogColumns columns, Order order) {
        this.events = sorted;
        this.columns = columns;
        this.sortedIds = order.sortedIds();
        this.indexOfSortedId = order.indexOfSortedId();
    }

    private void sortIdsWithIndexes(List<Event> sorted) {
        int n = sorted.size();
        boolean packable = n <= INDEX_MASK;
        long[] packed = new long[n];
        for (int i = 0; i < n && packable; i++) {
            long id = sorted.get(i).id();
            packable = id >= 0 && id <= MAX_PACKED_ID;
            packed[i] = id << INDEX_BITS | i;
        }
        if (packable) { // a primitive sort of (id, index) pairs: fast and no boxing
            Arrays.sort(packed);
            for (int k = 0; k < n; k++) {
                sortedIds[k] = packed[k] >>> INDEX_BITS;
                indexOfSortedId[k] = (int) (packed[k] & INDEX_MASK);
            }
            return;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> sorted.get(i).id()));
        for (int k = 0; k < n; k++) {
            sortedIds[k] = sorted.get(order[k]).id();
            indexOfSortedId[k] = order[k];
        }
    }

    public static EventCatalog empty() {
        return EMPTY;
    }

    /** The events in any order; they are sorted here. */
    public static EventCatalog of(List<Event> events) {
        Order order = packedOrder(events.size(), i -> events.get(i).id(),
                i -> events.get(i).date() == null ? UNDATED_KEY : events.get(i).date().start().toEpochDay() + DAY_KEY_OFFSET);
        if (order == null) {
            List<Event> copy = new ArrayList<>(events);
            copy.sort(ORDER);
            return new EventCatalog(List.copyOf(copy));
        }
        Event[] sorted = new Event[events.size()];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = events.get(order.rows()[k]);
        }
        List<Event> sortedList = List.of(sorted);
        return new EventCatalog(sortedList, new CatalogColumns(sortedList), order);
    }

    /**
     * The outlines of a file's events, sorted, without an event object each: the views read the columns, and the
     * few events a view asks for by index (the list's rows, a selection) are made when asked.
     */
    public static EventCatalog ofOutlines(OutlineColumns outlines) {
        Order order = packedOrder(outlines.size(), outlines::id,
                row -> outlines.precision(row) == OutlineColumns.UNDATED ? UNDATED_KEY
                        : outlines.startDay(row) + DAY_KEY_OFFSET);
        if (order == null) {
            return of(new OutlineEvents(outlines, null));
        }
        return new EventCatalog(new OutlineEvents(outlines, order.rows()), new CatalogColumns(outlines, order.rows()), order);
    }

    /**
     * The catalog order of {@code n} events given by position: {@code rows[k]} is the position of the event at catalog
     * index k; {@code sortedIds} are the ids ascending and {@code indexOfSortedId} their catalog indexes.
     */
    private record Order(int[] rows, long[] sortedIds, int[] indexOfSortedId) {}

    /**
     * The catalog order by two primitive sorts instead of a comparator over a million dates: ids (with the
     * position) give each event its id rank, then (start day key, id rank) pairs sort in one long each.
     * Null when the ids or days do not fit the packing; the comparator sort handles those.
     */
    private static Order packedOrder(int n, IntToLongFunction idAt, IntToLongFunction dayKeyAt) {
        if (n > INDEX_MASK) {
            return null;
        }
        long[] byId = new long[n];
        for (int i = 0; i < n; i++) {
            long id = idAt.applyAsLong(i);
            if (id < 0 || id > MAX_PACKED_ID) {
                return null;
            }
            byId[i] = id << INDEX_BITS | i;
        }
        Arrays.sort(byId);
        long[] byDay = new long[n];
        for (int rank = 0; rank < n; rank++) {
            long dayKey = dayKeyAt.applyAsLong((int) (byId[rank] & INDEX_MASK));
            if (dayKey < 0 || dayKey > UNDATED_KEY) {
                return null;
            }
            byDay[rank] = dayKey << INDEX_BITS | rank;
        }
        Arrays.sort(byDay);
        int[] rows = new int[n];
        long[] sortedIds = new long[n];
        int[] indexOfSortedId = new int[n];
        for (int k = 0; k < n; k++) {
            int rank = (int) (byDay[k] & INDEX_MASK);
            rows[k] = (int) (byId[rank] & INDEX_MASK);
            sortedIds[rank] = byId[rank] >>> INDEX_BITS;
            indexOfSortedId[rank] = k;
        }
        return new Order(rows, sortedIds, indexOfSortedId);
    }

    /**
     * This catalog with some events replaced or added ({@code changed}) and some taken out ({@code gone}).
     * An edit touches a few events: the rest keep their order, and only the changed ones are put back in
     * place, instead of sorting a million events again on the FX thread.
     */
    public EventCatalog replacing(List<Event> changed, Set<Long> gone) {
        BitSet dropped = new BitSet(events.size());
        gone.forEach(id -> markIndex(dropped, id));
        changed.forEach(e -> markIndex(dropped, e.id()));
        List<Event> kept = new ArrayList<>(events.size() + changed.size());
        for (int i = 0; i < events.size(); i++) {
            if (!dropped.get(i)) {
                kept.add(events.get(i));
            }
        }
        for (Event e : changed) {
            int at = Collections.binarySearch(kept, e, ORDER);
            kept.add(at < 0 ? -at - 1 : at, e);
        }
        return new EventCatalog(List.copyOf(kept));
    }

    private void markIndex(BitSet marks, long eventId) {
        int index = indexOf(eventId);
        if (index >= 0) {
            marks.set(index);
        }
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
        int k = Arrays.binarySearch(sortedIds, eventId);
        return k < 0 ? -1 : indexOfSortedId[k];
    }

    /** True when the event at this index is dated and its date range overlaps the window. */
    public boolean overlaps(int index, TimeWindow window) {
        return columns.startMillis[index] < window.end().toEpochMilli()
                && columns.endMillis[index] > window.start().toEpochMilli();
    }

    /** Start of the event's date range in epoch millis; undated events sort last with {@code Long.MAX_VALUE}. */
    public long startMillis(int index) {
        return columns.startMillis[index];
    }

    /** End (exclusive: the midnight after its last day) of the event's date range in epoch millis. */
    public long endMillis(int index) {
        return columns.endMillis[index];
    }

    /** The longest date range of any event, so a time window knows how far back an overlapping event can start. */
    long longestSpanMillis() {
        return columns.longestSpanMillis;
    }

    /** The ordinal of the event's {@code EventType}. */
    public int typeOrdinal(int index) {
        return columns.types[index];
    }

    /** The ordinal of the event's date precision, or -1 when it is undated. */
    public int precisionOrdinal(int index) {
        return columns.precisions[index];
    }

    /** Latitude, or NaN when the event is not located. */
    public double lat(int index) {
        return columns.lats[index];
    }

    /** Longitude, or NaN when the event is not located. */
    public double lon(int index) {
        return columns.lons[index];
    }

    /** {@link #casualties(Event)} of the event at this index. */
    public int casualties(int index) {
        return columns.casualties[index];
    }

    /** Whether the analyst rejected the event. */
    public boolean rejected(int index) {
        return columns.rejected.get(index);
    }

    /** Killed plus injured (lowest reported figures), 0 when unknown: what a marker's size shows. */
    public static int casualties(Event e) {
        return (e.killed() == null ? 0 : e.killed()) + (e.injured() == null ? 0 : e.injured());
    }

    public EventSet all() {
        int[] indexes = new int[events.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        return new EventSet(this, indexes);
    }
}
