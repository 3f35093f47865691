package io.strikeline.ui.timeline;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filtered events arranged for drawing, built once per filter or lane-mode change. Counting is by
 * per-day cumulative sums, so a histogram bin or a density cell is two lookups whatever the number of
 * events; an imprecise event is spread evenly over the days it may have happened on. Each lane keeps its
 * events sorted by start for window queries. Undated events are counted but not placed.
 */
final class TimelineIndex {

    static final long DAY_MS = 86_400_000L;
    /** Perpetrator lanes beyond this many are merged into one "Others" lane. */
    static final int MAX_PERPETRATOR_LANES = 7;
    static final String UNKNOWN = "Unknown";
    static final String OTHERS = "Others";

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

        private Lane(String label, EventType type, List<Event> events, List<Integer> indexes, long firstDay, int days) {
            this.label = label;
            this.type = type;
            this.count = events.size();
            this.start = new long[count];
            this.end = new long[count];
            this.catalogIndex = new int[count];
            this.precision = new DatePrecision[count];
            this.cumulative = new double[days + 1];
            double[] perDay = new double[days + 1];
            long longest = DAY_MS;
            for (int i = 0; i < count; i++) {
                Event e = events.get(i);
                start[i] = e.date().start().toEpochDay() * DAY_MS;
                end[i] = (e.date().end().toEpochDay() + 1) * DAY_MS;
                catalogIndex[i] = indexes.get(i);
                precision[i] = e.date().precision();
                longest = Math.max(longest, end[i] - start[i]);
                spread(perDay, e, firstDay);
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
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int undated = 0;
        for (int k = 0; k < events.size(); k++) {
            Event e = events.eventAt(k);
            if (e.date() == null) {
                undated++;
            } else {
                min = Math.min(min, e.date().start().toEpochDay());
                max = Math.max(max, e.date().end().toEpochDay());
            }
        }
        this.undatedCount = undated;
        this.datedCount = events.size() - undated;
        this.firstDay = datedCount == 0 ? 0 : min;
        this.days = datedCount == 0 ? 0 : (int) (max - min + 1);
        double[] precise = new double[days + 1];
        double[] imprecise = new double[days + 1];
        Map<String, List<Integer>> grouped = new HashMap<>();
        for (int k = 0; k < events.size(); k++) {
            Event e = events.eventAt(k);
            if (e.date() != null) {
                spread(e.date().precision() == DatePrecision.DAY ? precise : imprecise, e, firstDay);
                grouped.computeIfAbsent(key(e), x -> new ArrayList<>()).add(events.indexAt(k));
            }
        }
        this.preciseCumulative = new double[days + 1];
        this.impreciseCumulative = new double[days + 1];
        accumulate(precise, preciseCumulative);
        accumulate(imprecise, impreciseCumulative);
        this.laneByKey = new HashMap<>();
        this.lanes = buildLanes(events, grouped);
    }

    static TimelineIndex of(EventSet events, LaneMode mode) {
        return new TimelineIndex(events, mode);
    }

    private String key(Event e) {
        if (mode == LaneMode.BY_TYPE) {
            return e.type().name();
        }
        String p = e.perpetrator();
        return p == null || p.isBlank() ? UNKNOWN : p.trim();
    }

    private List<Lane> buildLanes(EventSet events, Map<String, List<Integer>> grouped) {
        Map<String, List<Integer>> ordered = new LinkedHashMap<>();
        if (mode == LaneMode.BY_TYPE) {
            for (EventType t : EventType.values()) {
                if (grouped.containsKey(t.name())) {
                    ordered.put(t.name(), grouped.get(t.name()));
                }
            }
        } else {
            List<String> keys = new ArrayList<>(grouped.keySet());
            keys.sort(Comparator.comparing((String k) -> k.equals(UNKNOWN))
                    .thenComparing(k -> -grouped.get(k).size()).thenComparing(k -> k));
            for (int i = 0; i < keys.size(); i++) {
                boolean overflow = keys.size() > MAX_PERPETRATOR_LANES && i >= MAX_PERPETRATOR_LANES - 1;
                String lane = overflow ? OTHERS : keys.get(i);
                ordered.computeIfAbsent(lane, x -> new ArrayList<>()).addAll(grouped.get(keys.get(i)));
                laneByKey.put(keys.get(i), indexOfKey(ordered, lane));
            }
        }
        List<Lane> result = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : ordered.entrySet()) {
            List<Integer> indexes = entry.getValue();
            indexes.sort(null);
            List<Event> laneEvents = new ArrayList<>(indexes.size());
            for (int i : indexes) {
                laneEvents.add(events.catalog().get(i));
            }
            EventType type = mode == LaneMode.BY_TYPE ? EventType.valueOf(entry.getKey()) : null;
            String label = type != null ? type.label() : entry.getKey();
            if (type != null) {
                laneByKey.put(entry.getKey(), result.size());
            }
            result.add(new Lane(label, type, laneEvents, indexes, firstDay, days));
        }
        return List.copyOf(result);
    }

    private static int indexOfKey(Map<String, ?> map, String key) {
        int i = 0;
        for (String k : map.keySet()) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static void spread(double[] perDay, Event e, long firstDay) {
        int from = (int) (e.date().start().toEpochDay() - firstDay);
        int to = (int) (e.date().end().toEpochDay() - firstDay);
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
