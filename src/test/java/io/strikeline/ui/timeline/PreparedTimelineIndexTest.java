package io.strikeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventFilter;
import io.strikeline.ui.state.EventSet;
import org.junit.jupiter.api.Test;

/** Lanes built ahead on a reading thread are taken once, by the timeline that shows exactly those events. */
class PreparedTimelineIndexTest {

    @Test
    void theIndexPreparedForACatalogIsTakenOnceForTheSameEventsAndMode() {
        EventCatalog catalog = EventCatalog.of(SyntheticEvents.generate(500, 3));
        TimelineIndex.prepare(catalog);
        EventSet shown = EventFilter.NONE.select(catalog);
        // another mode or other events build their own and leave the prepared index waiting
        TimelineIndex byPerpetrator = TimelineIndex.of(shown, LaneMode.BY_PERPETRATOR);
        TimelineIndex otherEvents = TimelineIndex.of(shown.filter(i -> i % 2 == 0), LaneMode.BY_TYPE);
        assertThat(TimelineIndex.waitingFor()).as("other lanes or events leave it waiting").isNotNull();
        TimelineIndex first = TimelineIndex.of(shown, LaneMode.BY_TYPE);
        assertThat(TimelineIndex.waitingFor()).as("taken").isNull();
        TimelineIndex second = TimelineIndex.of(shown, LaneMode.BY_TYPE);
        assertThat(first).isNotSameAs(second).isNotSameAs(byPerpetrator).isNotSameAs(otherEvents);
        assertThat(first.datedCount()).isEqualTo(second.datedCount());
        assertThat(first.lanes()).extracting(l -> l.label).containsExactlyElementsOf(
                second.lanes().stream().map(l -> l.label).toList());
        assertThat(first.preciseBetween(first.dataStart(), first.dataEnd() + TimelineIndex.DAY_MS))
                .isEqualTo(second.preciseBetween(second.dataStart(), second.dataEnd() + TimelineIndex.DAY_MS));
    }
}
