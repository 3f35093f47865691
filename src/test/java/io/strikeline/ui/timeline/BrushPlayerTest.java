package io.strikeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ui.state.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BrushPlayerTest {

    private static final long DAY = TimelineIndex.DAY_MS;
    private static final long START = LocalDate.of(2020, 1, 1).toEpochDay() * DAY;
    private static final long END = START + 200 * DAY;

    private static TimeWindow days(long fromDay, long toDay) {
        return new TimeWindow(Instant.ofEpochMilli(START + fromDay * DAY), Instant.ofEpochMilli(START + toDay * DAY));
    }

    @Test
    void slidingMovesTheWholeWindowAndStopsAtTheDataEnd() {
        assertThat(BrushPlayer.advance(days(10, 40), PlayMode.SLIDING, 5 * DAY, END)).isEqualTo(days(15, 45));
        assertThat(BrushPlayer.advance(days(160, 198), PlayMode.SLIDING, 5 * DAY, END)).isEqualTo(days(162, 200));
    }

    @Test
    void cumulativeKeepsTheStartAndGrowsTheEnd() {
        assertThat(BrushPlayer.advance(days(10, 40), PlayMode.CUMULATIVE, 5 * DAY, END)).isEqualTo(days(10, 45));
        assertThat(BrushPlayer.advance(days(10, 199), PlayMode.CUMULATIVE, 5 * DAY, END)).isEqualTo(days(10, 200));
    }

    @Test
    void playWithoutABrushStartsATwentiethOfTheSpanAtTheDataStart() {
        assertThat(BrushPlayer.startWindow(null, PlayMode.SLIDING, START, END)).isEqualTo(days(0, 10));
    }

    @Test
    void playFromTheEndRewindsKeepingTheWidth() {
        assertThat(BrushPlayer.startWindow(days(170, 200), PlayMode.SLIDING, START, END)).isEqualTo(days(0, 30));
        assertThat(BrushPlayer.startWindow(days(50, 80), PlayMode.SLIDING, START, END)).isEqualTo(days(50, 80));
    }
}
