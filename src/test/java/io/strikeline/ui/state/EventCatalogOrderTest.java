package io.strikeline.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The catalog's order (start date, undated last, then id) whichever way it sorts, and its columns. */
class EventCatalogOrderTest {

    private static final Comparator<Event> EXPECTED = Comparator.comparing(
            (Event e) -> e.date() == null ? LocalDate.MAX : e.date().start()).thenComparingLong(Event::id);

    @Test
    void shuffledEventsComeOutByStartDateThenIdWithUndatedLast() {
        List<Event> events = sample(new Random(7), 1);
        Collections.shuffle(events, new Random(3));
        List<Event> expected = new ArrayList<>(events);
        expected.sort(EXPECTED);
        assertThat(EventCatalog.of(events).events()).containsExactlyElementsOf(expected);
    }

    @Test
    void idsTooLargeToPackAreOrderedTheSameWay() {
        List<Event> events = sample(new Random(11), 1L << 45);
        Collections.shuffle(events, new Random(5));
        List<Event> expected = new ArrayList<>(events);
        expected.sort(EXPECTED);
        assertThat(EventCatalog.of(events).events()).containsExactlyElementsOf(expected);
    }

    @Test
    void columnsDescribeTheEventAtEachIndex() {
        EventCatalog catalog = EventCatalog.of(sample(new Random(2), 1));
        for (int i = 0; i < catalog.size(); i++) {
            Event e = catalog.get(i);
            assertThat(catalog.typeOrdinal(i)).isEqualTo(e.type().ordinal());
            if (e.located()) {
                assertThat(catalog.lat(i)).isEqualTo(e.lat());
                assertThat(catalog.lon(i)).isEqualTo(e.lon());
            } else {
                assertThat(catalog.lat(i)).isNaN();
            }
            assertThat(catalog.casualties(i)).isEqualTo(EventCatalog.casualties(e));
            assertThat(catalog.precisionOrdinal(i)).isEqualTo(e.date() == null ? -1 : e.date().precision().ordinal());
            if (e.date() != null) {
                assertThat(catalog.endMillis(i) - catalog.startMillis(i)).isEqualTo(
                        (e.date().end().toEpochDay() - e.date().start().toEpochDay() + 1) * 86_400_000L);
            }
        }
    }

    /** Events on a few days (so many share one), some before 1970, some undated or unlocated; ids from {@code firstId}. */
    private static List<Event> sample(Random random, long firstId) {
        List<Event> events = new ArrayList<>();
        LocalDate base = LocalDate.of(1968, 6, 1);
        for (int i = 0; i < 400; i++) {
            EventDate date = random.nextInt(10) == 0 ? null : EventDate.day(base.plusDays(random.nextInt(2000) * 7L));
            boolean located = random.nextInt(8) != 0;
            events.add(new Event(firstId + random.nextInt(1_000_000) * 1000L + i, EventType.values()[i % 7], date, null,
                    located ? 33.0 + random.nextDouble() : null, located ? 44.0 : null, null, null, null, null,
                    random.nextInt(4), null, null, null, 0.5, Origin.EXTRACTED));
        }
        return events;
    }
}
