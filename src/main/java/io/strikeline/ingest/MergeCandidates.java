package io.strikeline.ingest;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.store.EventStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored events a new report could be a report of, kept in memory for one ingest batch: day events
 * by day (read a block of days at a time, by an index range scan), and the few month- and year-precision events all
 * together. Once a chunk is written, the blocks asked for least recently beyond {@link #DEFAULT_BLOCKS_KEPT} are
 * dropped, so an archive's ingest holds the years it is reading, not every event it has stored. Asking the database
 * for every event of the surrounding year, once per extracted event, was most of ingest's time; a query per day was
 * still a sixth of the writer's CPU in a cold 5,000-article ingest.
 */
final class MergeCandidates {

    private static final Comparator<Event> BY_DATE_THEN_ID = Comparator
            .comparing((Event e) -> e.date().start()).thenComparingLong(Event::id);
    private static final Comparator<Event> BY_ID = Comparator.comparingLong(Event::id);

    private final EventStore store;
    private final Map<Long, List<Event>> byDay = new HashMap<>();
    /** Where each cached event sits: its day, or {@link #COARSE}; so a changed event is found without a scan. */
    private final Map<Long, Long> placeOf = new HashMap<>();
    private List<Event> coarse;

    private static final long COARSE = Long.MIN_VALUE;

    /** Days read by one query: reports of one batch cluster in time, so a block's neighbours are asked for soon. */
    private static final int DAYS_PER_READ = 32;
    /** About five and a half years of days: an archive read in date order rarely asks for a block so far behind. */
    static final int DEFAULT_BLOCKS_KEPT = 64;

    private final int blocksKept;
    /** The cached blocks (by their first day over {@link #DAYS_PER_READ}), least recently asked for first. */
    private final LinkedHashMap<Long, Boolean> blocksByUse = new LinkedHashMap<>(16, 0.75f, true);

    MergeCandidates(EventStore store) {
        this(store, DEFAULT_BLOCKS_KEPT);
    }

    MergeCandidates(EventStore store, int blocksKept) {
        this.store = store;
        this.blocksKept = blocksKept;
    }

    /**
     * Drops the blocks asked for least recently beyond the number kept. Only once everything stored in this batch is
     * written: a block dropped is read again from the store when asked for, and must find those events there.
     */
    void trimWritten() {
        Iterator<Long> eldest = blocksByUse.keySet().iterator();
        while (blocksByUse.size() > blocksKept) {
            long block = eldest.next();
            eldest.remove();
            for (long day = block * DAYS_PER_READ; day < (block + 1) * DAYS_PER_READ; day++) {
                for (Event e : byDay.remove(day)) {
                    placeOf.remove(e.id());
                }
            }
        }
    }

    /**
     * Dated events whose dates come within a day of {@code date}, oldest first (then by id). Each day's list is kept
     * in id order, so the days read in turn are in that order already; only the few coarse events need a sort.
     */
    List<Event> near(EventDate date) {
        List<Event> found = new ArrayList<>();
        LocalDate from = date.start().minusDays(1);
        LocalDate to = date.end().plusDays(1);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            found.addAll(dayEvents(day.toEpochDay()));
        }
        boolean coarseFound = false;
        for (Event e : coarse()) {
            if (e.date().overlaps(from, to)) {
                found.add(e);
                coarseFound = true;
            }
        }
        if (coarseFound) {
            found.sort(BY_DATE_THEN_ID);
        }
        return found;
    }

    /** Tells the index that an event was stored or changed in this batch (it may not be written yet). */
    void stored(Event e) {
        if (e.date() == null) {
            forget(e.id());
            return;
        }
        long where = single(e.date()) ? e.date().start().toEpochDay() : COARSE;
        List<Event> place = where == COARSE ? coarse() : dayEvents(where);
        // after reading the place: the store may hold the event's former version there
        int at = Collections.binarySearch(place, e, BY_ID);
        if (at >= 0) {
            place.set(at, e);
        } else {
            forget(e.id());
            place.add(-at - 1, e);
        }
        placeOf.put(e.id(), where);
    }

    private void forget(long id) {
        Long where = placeOf.remove(id);
        if (where != null) {
            List<Event> list = where == COARSE ? coarse : byDay.get(where);
            list.removeIf(e -> e.id() == id);
        }
    }

    private List<Event> dayEvents(long epochDay) {
        List<Event> events = byDay.get(epochDay);
        if (events == null) {
            readBlockOf(epochDay);
            events = byDay.get(epochDay);
        } else {
            blocksByUse.get(Math.floorDiv(epochDay, DAYS_PER_READ));
        }
        return events;
    }

    /**
     * Reads the stored single-day events of the aligned block of days holding {@code epochDay}; every day of it gets a
     * list. Days enter the cache only here, so a block is cached whole or not at all.
     */
    private void readBlockOf(long epochDay) {
        long block = Math.floorDiv(epochDay, DAYS_PER_READ);
        long first = block * DAYS_PER_READ;
        long last = first + DAYS_PER_READ - 1;
        Map<Long, List<Event>> read = new HashMap<>();
        for (Event e : store.eventsOnSingleDays(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last))) {
            read.computeIfAbsent(e.date().start().toEpochDay(), d -> new ArrayList<>()).add(e);
        }
        for (long day = first; day <= last; day++) {
            byDay.put(day, remember(read.getOrDefault(day, List.of()), day));
        }
        blocksByUse.put(block, Boolean.TRUE);
    }

    private List<Event> coarse() {
        if (coarse == null) {
            coarse = remember(store.eventsSpanningDays(), COARSE);
        }
        return coarse;
    }

    /** The events of one place, in id order (the store reads them by date, then id). */
    private List<Event> remember(List<Event> events, long where) {
        events.forEach(e -> placeOf.put(e.id(), where));
        List<Event> byId = new ArrayList<>(events);
        byId.sort(BY_ID);
        return byId;
    }

    private static boolean single(EventDate date) {
        return date.precision() == DatePrecision.DAY && date.start().equals(date.end());
    }
}
