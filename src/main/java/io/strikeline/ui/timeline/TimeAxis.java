package io.strikeline.ui.timeline;

import io.strikeline.ui.state.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The visible time range mapped onto a pixel width: an immutable value with the time/pixel maths,
 * zoom, pan and tick choice of the timeline. Holds epoch milliseconds; x = 0 is {@link #start()}.
 */
public final class TimeAxis {

    /** Zooming in stops at four hours across the view, zooming out at about two centuries. */
    public static final long MIN_SPAN_MILLIS = 4 * 3_600_000L;
    public static final long MAX_SPAN_MILLIS = 200L * 365 * 86_400_000L;
    /** Pixels kept free between neighbouring tick labels. */
    static final double LABEL_GAP = 10;
    /** Ticks closer than this make a busy axis even when their labels would fit. */
    static final double MIN_TICK_SPACING = 36;

    private final long start;
    private final long end;
    private final double width;

    private TimeAxis(long start, long end, double width) {
        this.start = start;
        this.end = end;
        this.width = width;
    }

    /** An axis over {@code [start, end)}; the span is clamped to the zoom limits around its centre. */
    public static TimeAxis of(Instant start, Instant end, double width) {
        return ofMillis(start.toEpochMilli(), end.toEpochMilli(), width);
    }

    public static TimeAxis of(TimeWindow window, double width) {
        return of(window.start(), window.end(), width);
    }

    private static TimeAxis ofMillis(long start, long end, double width) {
        long span = end - start;
        if (span < MIN_SPAN_MILLIS || span > MAX_SPAN_MILLIS) {
            long clamped = Math.max(MIN_SPAN_MILLIS, Math.min(MAX_SPAN_MILLIS, span));
            long centre = start + span / 2;
            start = centre - clamped / 2;
            end = start + clamped;
        }
        return new TimeAxis(start, end, Math.max(1, width));
    }

    public Instant start() {
        return Instant.ofEpochMilli(start);
    }

    public Instant end() {
        return Instant.ofEpochMilli(end);
    }

    public long startMillis() {
        return start;
    }

    public long endMillis() {
        return end;
    }

    public long spanMillis() {
        return end - start;
    }

    public double width() {
        return width;
    }

    public TimeWindow window() {
        return new TimeWindow(start(), end());
    }

    public double pixelsPerMilli() {
        return width / (end - start);
    }

    public double toPixel(long epochMillis) {
        return (epochMillis - start) * pixelsPerMilli();
    }

    public double toPixel(Instant instant) {
        return toPixel(instant.toEpochMilli());
    }

    public long toMillis(double x) {
        return start + Math.round(x / pixelsPerMilli());
    }

    public Instant toInstant(double x) {
        return Instant.ofEpochMilli(toMillis(x));
    }

    public TimeAxis withWidth(double newWidth) {
        return new TimeAxis(start, end, Math.max(1, newWidth));
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the time under pixel {@code x} where it is.
     * At the zoom limits the span stops changing and the axis is returned unchanged.
     */
    public TimeAxis zoomAt(double x, double factor) {
        long span = end - start;
        long newSpan = Math.max(MIN_SPAN_MILLIS, Math.min(MAX_SPAN_MILLIS, Math.round(span / factor)));
        if (newSpan == span) {
            return this;
        }
        double fraction = x / width;
        long anchor = start + Math.round(fraction * span);
        long newStart = anchor - Math.round(fraction * newSpan);
        return new TimeAxis(newStart, newStart + newSpan, width);
    }

    /** Moves the view by {@code dx} pixels worth of time; positive shows later times. */
    public TimeAxis panByPixels(double dx) {
        long shift = Math.round(dx / pixelsPerMilli());
        return new TimeAxis(start + shift, end + shift, width);
    }

    /** The same span, moved so that {@code epochMillis} is in the middle. */
    public TimeAxis centeredOn(long epochMillis) {
        long span = end - start;
        return new TimeAxis(epochMillis - span / 2, epochMillis - span / 2 + span, width);
    }

    /**
     * The finest unit whose labels fit side by side without overlapping; {@code textWidth} measures a
     * label in pixels in the font the axis is drawn with.
     */
    public TickUnit tickUnit(ToDoubleFunction<String> textWidth) {
        for (TickUnit unit : TickUnit.values()) {
            if (!unit.labelled()) {
                continue;
            }
            List<String> samples = unit.samples();
            double needed = Math.max(MIN_TICK_SPACING, textWidth.applyAsDouble(samples.get(samples.size() - 1)) + LABEL_GAP);
            if (unit.minMillis() * pixelsPerMilli() >= needed) {
                return unit;
            }
        }
        return TickUnit.HALF_CENTURY;
    }

    /** The finest unit at least {@code minPixels} wide, for histogram bins. */
    public TickUnit binUnit(double minPixels) {
        for (TickUnit unit : TickUnit.values()) {
            if (unit.minMillis() * pixelsPerMilli() >= minPixels) {
                return unit;
            }
        }
        return TickUnit.HALF_CENTURY;
    }

    /** Labelled ticks at every step of {@link #tickUnit} inside the view, with the longest label variant that fits. */
    public List<Tick> ticks(ToDoubleFunction<String> textWidth) {
        TickUnit unit = tickUnit(textWidth);
        double spacing = unit.minMillis() * pixelsPerMilli();
        List<String> samples = unit.samples();
        int variant = samples.size() - 1;
        while (variant > 0 && textWidth.applyAsDouble(samples.get(variant - 1)) + LABEL_GAP <= spacing) {
            variant--;
        }
        List<Tick> ticks = new ArrayList<>();
        for (long t = unit.floor(start); t < end; t = unit.next(t)) {
            if (t >= start) {
                ticks.add(new Tick(t, toPixel(t), unit.label(t, variant)));
            }
        }
        return ticks;
    }

    /**
     * Ticks of the coarser unit that names the ticks of {@code unit} ("2020" above months); the first
     * one is the period containing the view start, so it may lie left of x = 0. Empty for years.
     */
    public List<Tick> contextTicks(TickUnit unit) {
        TickUnit context = unit.contextUnit();
        List<Tick> ticks = new ArrayList<>();
        if (context != null) {
            for (long t = context.floor(start); t < end; t = context.next(t)) {
                ticks.add(new Tick(t, toPixel(t), context.contextLabel(t)));
            }
        }
        return ticks;
    }

    /** Step boundaries of {@code unit} covering the view, first at or before the start, last at or after the end. */
    public long[] boundaries(TickUnit unit) {
        List<Long> list = new ArrayList<>();
        long t = unit.floor(start);
        list.add(t);
        while (t < end) {
            t = unit.next(t);
            list.add(t);
        }
        return list.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeAxis a && a.start == start && a.end == end && a.width == width;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(start) * 31 + Long.hashCode(end) * 17 + Double.hashCode(width);
    }

    @Override
    public String toString() {
        return "TimeAxis[" + start() + " .. " + end() + ", " + width + " px]";
    }
}
