package io.strikeline.ui.timeline;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.ui.state.BuiltAhead;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.EventSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filtered events arranged for drawing, built once per filter or lane-mode change. Counting is by
 * per-day cumulative sums, so a histogram bin or a density cell is two lookups whatever the number of
 * events; an imprecise event is spread evenly over the days it may have happened on. Each lane keeps its
 * events sorted by start for window queries. Undated events are counted but not placed.
 */
public final class TimelineIndex {

    static final long DAY_MS = 86_400_000L;
    /** Perpetrator lanes beyond this many are merged into one "Others" lane. */
    static final int MAX_PERPETRATOR_LANES = 7;
    static final String UNKNOWN = "Unknown";
    static final String OTHERS = "Others";
    private static final DatePrecision[] PRECISIONS = DatePrecision.values();
    private static final EventType[] TYPES = EventType.values();

    /** One lane: label, colour type (null when mixed), and its dated events sorted by start. */
    static final class Lane {
        final String label;
        final EventType type;
        final int count;
        final long[] start;
        final long[] end;
        final int[] catalogIndex;
        final DatePrecision[] precision;
        final long maxDuration;
        final double[] cumulative;

        private Lane(String label, EventType type, int[] indexes, EventCatalog catalog, long firstDay, int days) {
            this.label = label;
            this.type = type;
            this.count = indexes.length;
            this.start = new long[count];
            this.end = new long[count];
            this.catalogIndex = indexes;
            this.precision = new DatePrecision[count];
            this.cumulative = new double[days + 1];
            double[] perDay = new double[days + 1];
            long longest = DAY_MS;
            for (int i = 0; i < count; i++) {
                start[i] = catalog.startMillis(indexes[i]);
                end[i] = catalog.endMillis(indexes[i]);
                precision[i] = PRECISIONS[catalog.precisionOrdinal(indexes[i])];
                longest = Math.max(longest, end[i] - start[i]);
                spread(perDay, start[i], end[i], firstDay);
            }
            this.maxDuration = longest;
            accumulate(perDay, cumulative);
        }

        double countBetween(long from, long to, long firstDay) {
            return cumulativeAt(cumulative, to, firstDay) - cumulativeAt(cumulative, from, firstDay);
        }

        /** The first position whose event may still be visible at {@code from}. */
        int firstEndingAfter(long from) {
            int i = Arrays.binarySearch(start, from - maxDuration);
            i = i < 0 ? -i - 1 : i;
            while (i > 0 && start[i - 1] >= from - maxDuration) {
                i--;
            }
            return i;
        }
    }

    /** An index built ahead and the events it was built for. */
    private record Prepared(EventSet events, TimelineIndex index) {}

    /** One index built ahead, off the FX thread, for the events a timeline is about to show. */
    private static final BuiltAhead<Prepared> PREPARED = new BuiltAhead<>();

    private final EventCatalog catalog;
    private final List<Lane> lanes;
    private final Map<String, Integer> laneByKey;
    private final LaneMode mode;
    private final long firstDay;
    private final int days;
    private final double[] preciseCumulative;
    private final double[] impreciseCumulative;
    private final int datedCount;
    private final int undatedCount;

    private TimelineIndex(EventSet events, LaneMode mode) {
        this.mode = mode;
        this.catalog = events.catalog();
        int n = events.size();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int undated = 0;
        for (int k = 0; k < n; k++) {
            int i = events.indexAt(k);
            if (catalog.startMillis(i) == Long.MAX_VALUE) {
                undated++;
            } else {
                min = Math.min(min, catalog.startMillis(i));
                max = Math.max(max, catalog.endMillis(i));
            }
        }
        this.undatedCount = undated;
        this.datedCount = n - undated;
        this.firstDay = datedCount == 0 ? 0 : Math.floorDiv(min, DAY_MS);
        this.days = datedCount == 0 ? 0 : (int) (Math.floorDiv(max, DAY_MS) - firstDay);
        double[] precise = new double[days + 1];
        double[] imprecise = new double[days + 1];
        // each dated event's lane key as a small number, counted per key: no boxed index lists
        Map<String, Integer> keyIds = new HashMap<>();
        List<String> keys = new ArrayList<>();
        int[] keyOf = new int[n];
        int[] keyCounts = new int[Math.max(n, 1)];
        int[] idOfType = new int[TYPES.length];
        Arrays.fill(idOfType, -1);
        for (int k = 0; k < n; k++) {
            int i = events.indexAt(k);
            if (catalog.startMillis(i) == Long.MAX_VALUE) {
                keyOf[k] = -1;
                continue;
            }
            spread(catalog.precisionOrdinal(i) == DatePrecision.DAY.ordinal() ? precise : imprecise,
                    catalog.startMillis(i), catalog.endMillis(i), firstDay);
            // by type, the key is looked up once per type, not once per event
            int type = catalog.typeOrdinal(i);
            int id = mode == LaneMode.BY_TYPE ? idOfType[type] : -1;
            if (id < 0) {
                String key = mode == LaneMode.BY_TYPE ? TYPES[type].name() : key(catalog.get(i));
                id = keyIds.computeIfAbsent(key, x -> {
                    keys.add(x);
                    return keys.size() - 1;
                });
                if (mode == LaneMode.BY_TYPE) {
                    idOfType[type] = id;
                }
            }
            keyOf[k] = id;
            keyCounts[id]++;
        }
        this.preciseCumulative = new double[days + 1];
        this.impreciseCumulative = new double[days + 1];
        accumulate(precise, preciseCumulative);
        accumulate(imprecise, impreciseCumulative);
        this.laneByKey = new HashMap<>();
        this.lanes = buildLanes(events, keys, keyOf, keyCounts);
    }

    /** The index of these events: the one prepared for them (taken, so it is not held after), else built now. */
    static TimelineIndex of(EventSet events, LaneMode mode) {
        Prepared ready = PREPARED.take(built -> built.index.mode == mode && built.events.sameAs(events));
        return ready != null ? ready.index : new TimelineIndex(events, mode);
    }

    /** The events of the index built ahead and not yet taken, or null. */
    static EventSet waitingFor() {
        Prepared ready = PREPARED.waiting();
        return ready == null ? null : ready.events;
    }

    /**
     * Builds the lanes and counts of a catalog's events as an unfiltered timeline by type shows them, on the calling
     * thread (a reading thread), so that the timeline that shows them next takes them instead of building them on the
     * FX thread. A plain class, not the view, for the reason {@code EventIndex.prepare} gives.
     */
    public static void prepare(EventCatalog catalog) {
        EventSet events = EventFilter.NONE.select(catalog);
        PREPARED.offer(new Prepared(events, new TimelineIndex(events, LaneMode.BY_TYPE)));
    }

    private String key(Event e) {
        if (mode == LaneMode.BY_TYPE) {
            return e.type().name();
        }
        String p = e.perpetrator();
        return p == null || p.isBlank() ? UNKNOWN : p.trim();
    }

    /** Orders the keys into lanes (types in their order; perpetrators by count, the rest as Others) and fills them. */
    private List<Lane> buildLanes(EventSet events, List<String> keys, int[] keyOf, int[] keyCounts) {
        Map<String, Integer> idOfKey = new HashMap<>();
        for (int id = 0; id < keys.size(); id++) {
            idOfKey.put(keys.get(id), id);
        }
        List<String> laneNames = new ArrayList<>();
        int[] laneOfKey = new int[keys.size()];
        if (mode == LaneMode.BY_TYPE) {
            for (EventType t : EventType.values()) {
                Integer id = idOfKey.get(t.name());
                if (id != null) {
                    laneOfKey[id] = laneNames.size();
                    laneByKey.put(t.name(), laneNames.size());
                    laneNames.add(t.name());
                }
            }
        } else {
            List<String> ordered = new ArrayList<>(keys);
            ordered.sort(Comparator.comparing((String k) -> k.equals(UNKNOWN))
                    .thenComparing(k -> -keyCounts[idOfKey.get(k)]).thenComparing(k -> k));
            for (int r = 0; r < ordered.size(); r++) {
                boolean overflow = ordered.size() > MAX_PERPETRATOR_LANES && r >= MAX_PERPETRATOR_LANES - 1;
                String lane = overflow ? OTHERS : ordered.get(r);
                int at = laneNames.indexOf(lane);
                if (at < 0) {
                    at = laneNames.size();
                    laneNames.add(lane);
                }
                laneOfKey[idOfKey.get(ordered.get(r))] = at;
                laneByKey.put(ordered.get(r), at);
            }
        }
        int[] laneSizes = new int[laneNames.size()];
        for (int id = 0; id < keys.size(); id++) {
            laneSizes[laneOfKey[id]] += keyCounts[id];
        }
        int[][] members = new int[laneNames.size()][];
        for (int lane = 0; lane < members.length; lane++) {
            members[lane] = new int[laneSizes[lane]];
        }
        int[] filled = new int[laneNames.size()];
        for (int k = 0; k < keyOf.length; k++) { // ascending catalog indexes, so each lane is in start order
            if (keyOf[k] >= 0) {
                int lane = laneOfKey[keyOf[k]];
                members[lane][filled[lane]++] = events.indexAt(k);
            }
        }
        List<Lane> result = new ArrayList<>();
        for (int lane = 0; lane < members.length; lane++) {
            EventType type = mode == LaneMode.BY_TYPE ? EventType.valueOf(laneNames.get(lane)) : null;
            String label = type != null ? type.label() : laneNames.get(lane);
            result.add(new Lane(label, type, members[lane], catalog, firstDay, days));
        }
        return List.copyOf(result);
    }

    private static void spread(double[] perDay, long startMillis, long endMillis, long firstDay) {
        int from = (int) (Math.floorDiv(startMillis, DAY_MS) - firstDay);
        int to = (int) (Math.floorDiv(endMillis, DAY_MS) - firstDay) - 1;
        double share = 1.0 / (to - from + 1);
        // difference array: the share starts at 'from' and stops after 'to'
        perDay[from] += share;
        perDay[to + 1] -= share;
    }

    /** Turns difference entries into per-day values, then into cumulative sums with cumulative[0] = 0. */
    private static void accumulate(double[] difference, double[] cumulative) {
        double perDay = 0;
        for (int d = 0; d + 1 < cumulative.length; d++) {
            perDay += difference[d];
            cumulative[d + 1] = cumulative[d] + perDay;
        }
    }

    private static double cumulativeAt(double[] cumulative, long epochMillis, long firstDay) {
        if (cumulative.length <= 1) {
            return 0;
        }
        double day = (double) epochMillis / DAY_MS - firstDay;
        if (day <= 0) {
            return 0;
        }
        int last = cumulative.length - 1;
        if (day >= last) {
            return cumulative[last];
        }
        int d = (int) day;
        return cumulative[d] + (day - d) * (cumulative[d + 1] - cumulative[d]);
    }

    List<Lane> lanes() {
        return lanes;
    }

    Event event(int catalogIndex) {
        return catalog.get(catalogIndex);
    }

    EventType catalogType(int catalogIndex) {
        return catalog.get(catalogIndex).type();
    }

    LaneMode mode() {
        return mode;
    }

    /** The lane an event is drawn in, or -1 when it is undated. */
    int laneOf(Event e) {
        if (e.date() == null) {
            return -1;
        }
        return laneByKey.getOrDefault(key(e), -1);
    }

    /** Day-precision events in {@code [from, to)}. */
    double preciseBetween(long from, long to) {
        return cumulativeAt(preciseCumulative, to, firstDay) - cumulativeAt(preciseCumulative, from, firstDay);
    }

    /** Month- and year-precision events' expected share in {@code [from, to)}. */
    double impreciseBetween(long from, long to) {
        return cumulativeAt(impreciseCumulative, to, firstDay) - cumulativeAt(impreciseCumulative, from, firstDay);
    }

    double laneCountBetween(int lane, long from, long to) {
        return lanes.get(lane).countBetween(from, to, firstDay);
    }

    int datedCount() {
        return datedCount;
    }

    int undatedCount() {
        return undatedCount;
    }

    /** Start of the first dated day, in epoch millis; meaningless when nothing is dated. */
    long dataStart() {
        return firstDay * DAY_MS;
    }

    /** End (exclusive) of the last dated day. */
    long dataEnd() {
        return (firstDay + days) * DAY_MS;
    }
}
