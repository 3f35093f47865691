package io.strikeline.ui.state;

import io.strikeline.model.EventDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** A half-open time interval {@code [start, end)} in UTC: the brushed window, or a visible range. */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("empty time window: " + start + " .. " + end);
        }
    }

    /** The window covering whole days {@code from} to {@code to}, both inclusive. */
    public static TimeWindow ofDays(LocalDate from, LocalDate to) {
        return new TimeWindow(startOf(from), startOf(to.plusDays(1)));
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** True when any part of the event's date range falls inside this window. */
    public boolean overlaps(EventDate date) {
        return startOf(date.start()).isBefore(end) && startOf(date.end().plusDays(1)).isAfter(start);
    }

    public long durationMillis() {
        return end.toEpochMilli() - start.toEpochMilli();
    }

    public TimeWindow shiftedBy(long millis) {
        return new TimeWindow(start.plusMillis(millis), end.plusMillis(millis));
    }
}
