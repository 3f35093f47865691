package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.geo.WebMercator;
import io.strikeline.model.Event;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.state.EventSet;
import io.strikeline.ui.state.GeoBox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackPickerTest {

    private final EventCatalog catalog = EventCatalog.of(withSomeUndated(SyntheticEvents.generate(20_000, 7)));
    private final EventIndex index = new EventIndex(catalog, new WebMercator());
    private final MapViewport view = MapViewport.home(1400, 900).fitted(new GeoBox(20, 25, 43, 63));

    private static final Comparator<Event> NEWEST_FIRST = Comparator
            .comparing((Event e) -> e.date() == null ? LocalDate.MIN : e.date().start()).reversed()
            .thenComparingLong(Event::id);

    /** Every 11th event loses its date (it stays located): undated events are listed after the dated ones. */
    private static List<Event> withSomeUndated(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            out.add(k % 11 != 0 ? e : new Event(e.id(), e.type(), null, e.place(), e.lat(), e.lon(),
                    e.locationPrecision(), e.country(), e.perpetrator(), e.target(), e.killed(), e.killedMax(),
                    e.injured(), e.injuredMax(), e.confidence(), e.origin(), e.curation()));
        }
        return out;
    }

    /** Every visible located event inside the cluster's extent (with its slack), newest first: the slow way. */
    private List<Event> allMembers(EventSet visible, Cluster c) {
        double slack = 1e-6 + 0.001 * Math.max(c.maxX() - c.minX(), c.maxY() - c.minY());
        List<Event> members = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            double x = index.x(i);
            double y = index.y(i);
            if (visible.containsIndex(i) && x >= c.minX() - slack && x <= c.maxX() + slack && y >= c.minY() - slack
                    && y <= c.maxY() + slack) {
                members.add(catalog.get(i));
            }
        }
        members.sort(NEWEST_FIRST);
        return members;
    }

    @Test
    void theStackListsItsNewestVisibleEventsThenByIdWithUndatedLast() {
        EventSet visible = catalog.all().filter(i -> i % 3 != 0);
        List<Cluster> clusters = Clusters.compute(index, visible, view, MarkerPainter.CELL_PIXELS);
        Cluster biggest = clusters.stream().max(Comparator.comparingInt(Cluster::count)).orElseThrow();

        StackMembers.Stack stack = StackPicker.members(index, visible, biggest);

        List<Event> all = allMembers(visible, biggest);
        assertThat(all).hasSizeGreaterThan(StackPicker.MAX_ITEMS);
        assertThat(stack.newest()).isEqualTo(all.subList(0, StackPicker.MAX_ITEMS));
        assertThat(stack.total()).isEqualTo(biggest.count());
        assertThat(stack.newest().stream().map(Event::date).distinct().count()).isGreaterThan(1);
    }

    @Test
    void aStackListsEveryMemberWhenTheyFitIncludingUndatedOnes() {
        EventSet visible = catalog.all();
        int checked = 0;
        for (Cluster c : Clusters.compute(index, visible, view, MarkerPainter.CELL_PIXELS)) {
            List<Event> all = allMembers(visible, c);
            StackMembers.Stack stack = StackMembers.of(index, visible, c, 10_000);
            assertThat(stack.newest()).isEqualTo(all);
            checked += all.stream().anyMatch(e -> e.date() == null) ? 1 : 0;
        }
        assertThat(checked).as("clusters with undated members").isPositive();
    }
}
