package io.strikeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.ui.state.EventCatalog;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineIndexTest {

    private static long ms(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * TimelineIndex.DAY_MS;
    }

    @Test
    void countsDayEventsExactlyAndSpreadsImpreciseOnesOverTheirPeriod() {
        TimelineIndex index = TimelineIndex.of(EventCatalog.of(SyntheticEvents.sample()).all(), LaneMode.BY_TYPE);
        assertThat(index.datedCount()).isEqualTo(5);
        assertThat(index.undatedCount()).isEqualTo(1);
        assertThat(index.preciseBetween(ms(2020, 1, 1), ms(2020, 4, 1))).isCloseTo(2, within(1e-9));
        assertThat(index.preciseBetween(ms(2020, 1, 3), ms(2020, 1, 4))).isCloseTo(1, within(1e-9));
        // the September 2020 rocket attack: half of it falls in the first 15 of 30 days
        assertThat(index.impreciseBetween(ms(2020, 9, 1), ms(2020, 9, 16))).isCloseTo(0.5, within(1e-9));
        assertThat(index.impreciseBetween(ms(2019, 1, 1), ms(2022, 1, 1))).isCloseTo(1, within(1e-9));
        assertThat(index.dataStart()).isEqualTo(ms(2020, 1, 3));
        assertThat(index.dataEnd()).isEqualTo(ms(2021, 6, 28));
    }

    @Test
    void typeLanesFollowTheTypeOrderAndHoldOnlyPresentTypes() {
        List<Event> events = SyntheticEvents.sample();
        TimelineIndex index = TimelineIndex.of(EventCatalog.of(events).all(), LaneMode.BY_TYPE);
        assertThat(index.lanes()).extracting(l -> l.label)
                .containsExactly("Airstrike", "Drone strike", "Rocket attack", "Drone attack");
        assertThat(index.laneOf(events.get(3))).isEqualTo(0);
        assertThat(index.laneOf(events.get(5))).as("undated").isEqualTo(-1);
        TimelineIndex.Lane airstrikes = index.lanes().get(0);
        assertThat(airstrikes.firstEndingAfter(ms(2021, 1, 1))).isEqualTo(1);
    }

    @Test
    void perpetratorLanesAreBiggestFirstWithOverflowMergedAndUnknownLast() {
        List<Event> events = new ArrayList<>();
        long id = 1;
        for (int p = 0; p < 10; p++) {
            for (int k = 0; k <= p; k++) {
                EventDate month = EventDate.month(YearMonth.of(2020, 1 + p));
                events.add(SyntheticEvents.event(id++, EventType.AIRSTRIKE, month, "Actor " + p));
            }
        }
        events.add(SyntheticEvents.event(id, EventType.ARTILLERY, EventDate.year(2021), null));
        TimelineIndex index = TimelineIndex.of(EventCatalog.of(events).all(), LaneMode.BY_PERPETRATOR);
        assertThat(index.lanes()).extracting(l -> l.label).containsExactly(
                "Actor 9", "Actor 8", "Actor 7", "Actor 6", "Actor 5", "Actor 4", TimelineIndex.OTHERS);
        assertThat(index.lanes().get(6).count).isEqualTo(1 + 2 + 3 + 4 + 1);
        assertThat(index.laneOf(events.get(events.size() - 1))).isEqualTo(6);
        assertThat(index.laneOf(events.get(0))).isEqualTo(6);
    }
}
