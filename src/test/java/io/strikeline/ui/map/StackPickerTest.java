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

    private final EventCatalog catalog = EventCatalog.of(SyntheticEvents.generate(20_000, 7));
    private final EventIndex index = new EventIndex(catalog, new WebMercator());
    private final MapViewport view = MapViewport.home(1400, 900).fitted(new GeoBox(20, 25, 43, 63));

    @Test
    void membersAreTheClustersVisibleEventsNewestFirstThenByIdWithUndatedLast() {
        EventSet visible = catalog.all().filter(i -> i % 3 != 0);
        Cluster biggest = Clusters.compute(index, visible, view, MarkerPainter.CELL_PIXELS).stream()
                .max(Comparator.comparingInt(Cluster::count)).orElseThrow();

        List<Event> members = StackPicker.members(index, visible, biggest);

        List<Event> expected = new ArrayList<>(members);
        expected.sort(Comparator.comparing((Event e) -> e.date() == null ? LocalDate.MIN : e.date().start()).reversed()
                .thenComparingLong(Event::id));
        assertThat(members).hasSizeGreaterThan(1).isEqualTo(expected);
        assertThat(members).allMatch(visible::contains);
        assertThat(members.stream().map(Event::date).distinct().count()).isGreaterThan(1);
    }
}
