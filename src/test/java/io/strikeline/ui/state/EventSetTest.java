package io.strikeline.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventSetTest {

    private static Event event(long id, EventDate date) {
        return new Event(id, EventType.AIRSTRIKE, date, null, null, null, null, "IQ", null, null, null, null, null, null,
                0.5, Origin.EXTRACTED);
    }

    /** Days, months and years mixed, some undated, ids far apart and out of date order. */
    private static EventCatalog mixedCatalog() {
        Random random = new Random(7);
        List<Event> events = new ArrayList<>();
        LocalDate base = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate day = base.plusDays(random.nextInt(3000));
            EventDate date = switch (i % 10) {
                case 0 -> null;
                case 1 -> EventDate.month(YearMonth.from(day));
                case 2 -> EventDate.year(day.getYear());
                default -> EventDate.day(day);
            };
            events.add(event(1_000_000_007L * (i % 3) + 5000 - i, date));
        }
        return EventCatalog.of(events);
    }

    @Test
    void replacingAFewEventsGivesTheCatalogBuiltFromScratch() {
        EventCatalog catalog = mixedCatalog();
        List<Event> all = new ArrayList<>(catalog.events());
        Event moved = event(all.get(10).id(), EventDate.day(LocalDate.of(2030, 1, 1))); // a new date: a new position
        Event undated = event(all.get(500).id(), null);
        Event added = event(42, EventDate.day(LocalDate.of(2016, 6, 6)));
        long gone = all.get(1200).id();
        EventCatalog edited = catalog.replacing(List.of(moved, undated, added), Set.of(gone));

        List<Event> expected = new ArrayList<>(all);
        expected.removeIf(e -> e.id() == moved.id() || e.id() == undated.id() || e.id() == gone);
        expected.addAll(List.of(moved, undated, added));
        EventCatalog fromScratch = EventCatalog.of(expected);
        assertThat(edited.events()).isEqualTo(fromScratch.events());
        for (Event e : fromScratch.events()) {
            assertThat(edited.indexOf(e.id())).isEqualTo(fromScratch.indexOf(e.id()));
        }
        assertThat(edited.indexOf(gone)).isEqualTo(-1);
    }

    @Test
    void overlappingFindsExactlyTheEventsAFullScanFinds() {
        EventCatalog catalog = mixedCatalog();
        EventSet all = catalog.all();
        for (int d = 0; d < 3100; d += 37) {
            LocalDate from = LocalDate.of(2015, 1, 1).plusDays(d);
            TimeWindow window = TimeWindow.ofDays(from, from.plusDays(9));
            EventSet fast = all.overlapping(window);
            EventSet scan = all.filter(i -> catalog.overlaps(i, window));
            assertThat(indexes(fast)).isEqualTo(indexes(scan));
        }
    }

    @Test
    void everyEventIsFoundByItsIdAndPosition() {
        EventCatalog catalog = mixedCatalog();
        EventSet all = catalog.all();
        for (int i = 0; i < catalog.size(); i++) {
            assertThat(catalog.indexOf(catalog.get(i).id())).isEqualTo(i);
            assertThat(all.positionOf(i)).isEqualTo(i);
            assertThat(all.contains(catalog.get(i))).isTrue();
        }
        assertThat(catalog.indexOf(-3)).isEqualTo(-1);
    }

    private static List<Integer> indexes(EventSet set) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < set.size(); k++) {
            out.add(set.indexAt(k));
        }
        return out;
    }
}
