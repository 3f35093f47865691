package io.strikeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    /** A fixed-pitch stand-in for font metrics: 7 px per character. */
    private static final ToDoubleFunction<String> SEVEN_PX = s -> s.length() * 7.0;

    private static final Instant Y2020 = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant Y2021 = Instant.parse("2021-01-01T00:00:00Z");

    private static TimeAxis axisSpanning(Duration span, double width) {
        return TimeAxis.of(Y2020, Y2020.plus(span), width);
    }

    @Test
    void pixelAndTimeRoundTrip() {
        TimeAxis axis = TimeAxis.of(Y2020, Y2021, 1000);
        assertThat(axis.toPixel(Y2020)).isEqualTo(0.0);
        assertThat(axis.toPixel(Y2021)).isCloseTo(1000.0, within(1e-9));
        for (double x : new double[] {0, 1, 333.3, 999.5, -50, 1200}) {
            assertThat(axis.toPixel(axis.toInstant(x))).isCloseTo(x, within(1e-6));
        }
        Instant mid = Instant.parse("2020-07-02T12:00:00Z");
        assertThat(axis.toInstant(axis.toPixel(mid))).isEqualTo(mid);
    }

    @Test
    void zoomKeepsTheTimeUnderTheCursorFixed() {
        TimeAxis axis = TimeAxis.of(Y2020, Y2021, 1000);
        Instant underCursor = axis.toInstant(730);
        TimeAxis in = axis.zoomAt(730, 4);
        TimeAxis out = axis.zoomAt(730, 0.25);
        assertThat(in.spanMillis()).isCloseTo(axis.spanMillis() / 4, within(1L));
        assertThat(out.spanMillis()).isCloseTo(axis.spanMillis() * 4, within(1L));
        assertThat(Duration.between(underCursor, in.toInstant(730)).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.between(underCursor, out.toInstant(730)).abs()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void zoomStopsAtHoursAndCenturies() {
        TimeAxis axis = TimeAxis.of(Y2020, Y2021, 1000);
        TimeAxis deep = axis;
        TimeAxis far = axis;
        for (int i = 0; i < 200; i++) {
            deep = deep.zoomAt(500, 2);
            far = far.zoomAt(500, 0.5);
        }
        assertThat(deep.spanMillis()).isEqualTo(TimeAxis.MIN_SPAN_MILLIS);
        assertThat(far.spanMillis()).isEqualTo(TimeAxis.MAX_SPAN_MILLIS);
        assertThat(deep.tickUnit(SEVEN_PX)).isEqualTo(TickUnit.HOUR);
    }

    @Test
    void panMovesByPixelsWorthOfTime() {
        TimeAxis axis = TimeAxis.of(Y2020, Y2021, 1000);
        TimeAxis later = axis.panByPixels(100);
        assertThat(later.spanMillis()).isEqualTo(axis.spanMillis());
        assertThat(later.startMillis()).isEqualTo(axis.toMillis(100));
        assertThat(later.panByPixels(-100)).isEqualTo(axis);
    }

    @Test
    void tickUnitFollowsTheZoom() {
        assertThat(axisSpanning(Duration.ofDays(365 * 150), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.DECADE);
        assertThat(axisSpanning(Duration.ofDays(365 * 10), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.YEAR);
        assertThat(axisSpanning(Duration.ofDays(365 * 5), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.QUARTER);
        assertThat(axisSpanning(Duration.ofDays(365 * 2), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.MONTH);
        assertThat(axisSpanning(Duration.ofDays(120), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.WEEK);
        assertThat(axisSpanning(Duration.ofDays(30), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.WEEK);
        assertThat(axisSpanning(Duration.ofDays(14), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.DAY);
        assertThat(axisSpanning(Duration.ofDays(4), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.SIX_HOURS);
        assertThat(axisSpanning(Duration.ofHours(12), 1000).tickUnit(SEVEN_PX)).isEqualTo(TickUnit.HOUR);
    }

    @Test
    void labelsAreReadableAtEachZoom() {
        assertThat(labels(axisSpanning(Duration.ofDays(365 * 10), 1000))).startsWith("2020", "2021", "2022");
        TimeAxis months = TimeAxis.of(Y2020, Y2021, 1000);
        assertThat(labels(months)).startsWith("January", "February", "March");
        assertThat(labels(months.withWidth(500))).startsWith("Jan", "Feb", "Mar");
        assertThat(months.contextTicks(TickUnit.MONTH)).extracting(Tick::label).containsExactly("2020");
        TimeAxis days = TimeAxis.of(Instant.parse("2020-01-06T00:00:00Z"), Instant.parse("2020-01-13T00:00:00Z"), 1000);
        assertThat(labels(days)).startsWith("Mon 6 Jan", "Tue 7 Jan");
        assertThat(days.contextTicks(TickUnit.DAY)).extracting(Tick::label).containsExactly("Jan 2020");
        TimeAxis hours = TimeAxis.of(Y2020.plus(Duration.ofHours(8)), Y2020.plus(Duration.ofHours(20)), 1000);
        assertThat(labels(hours)).startsWith("08:00", "09:00").contains("14:00");
        assertThat(hours.contextTicks(TickUnit.HOUR)).extracting(Tick::label).containsExactly("Wed 1 Jan 2020");
    }

    @Test
    void tickLabelsNeverOverlapAtAnyZoom() {
        TimeAxis axis = TimeAxis.of(Y2020, Y2020.plus(Duration.ofHours(4)), 900);
        while (axis.spanMillis() < TimeAxis.MAX_SPAN_MILLIS) {
            List<Tick> ticks = axis.ticks(SEVEN_PX);
            assertThat(ticks).as("ticks at %s", axis).isNotEmpty();
            for (int i = 1; i < ticks.size(); i++) {
                Tick previous = ticks.get(i - 1);
                assertThat(previous.x() + SEVEN_PX.applyAsDouble(previous.label()))
                        .as("label %s at %s", previous.label(), axis)
                        .isLessThan(ticks.get(i).x());
            }
            axis = axis.zoomAt(450, 0.8);
        }
    }

    @Test
    void boundariesCoverTheViewOnCalendarSteps() {
        TimeAxis axis = TimeAxis.of(Instant.parse("2020-01-15T00:00:00Z"), Instant.parse("2020-04-10T00:00:00Z"), 800);
        long[] months = axis.boundaries(TickUnit.MONTH);
        assertThat(months).containsExactly(
                Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2020-02-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2020-03-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2020-04-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2020-05-01T00:00:00Z").toEpochMilli());
        long monday = TickUnit.WEEK.floor(Instant.parse("2020-01-09T15:00:00Z").toEpochMilli());
        assertThat(Instant.ofEpochMilli(monday)).isEqualTo(Instant.parse("2020-01-06T00:00:00Z"));
        assertThat(axis.binUnit(6)).isEqualTo(TickUnit.DAY);
    }

    private static List<String> labels(TimeAxis axis) {
        return axis.ticks(SEVEN_PX).stream().map(Tick::label).toList();
    }
}
