package io.strikeline.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewStateTest {

    private static Event event(long id, EventType type, EventDate date) {
        return new Event(id, type, date, null, null, null, null, "IQ", "United States", null, null, null, null, null,
                0.5, Origin.EXTRACTED);
    }

    private final Event jan3 = event(1, EventType.DRONE_STRIKE, EventDate.day(LocalDate.of(2020, 1, 3)));
    private final Event jan8 = event(2, EventType.MISSILE_STRIKE, EventDate.day(LocalDate.of(2020, 1, 8)));
    private final Event june = event(3, EventType.ROCKET_ATTACK, EventDate.month(YearMonth.of(2021, 6)));
    private final Event undated = event(4, EventType.OTHER, null);

    @Test
    void timeWindowKeepsEventsWhoseDateRangeOverlapsIt() {
        ViewState state = new ViewState();
        state.catalogProperty().set(EventCatalog.of(List.of(june, jan8, undated, jan3)));
        assertThat(ids(state.visibleEventsProperty().get())).containsExactly(1L, 2L, 3L, 4L);

        state.timeWindowProperty().set(TimeWindow.ofDays(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 7)));
        assertThat(ids(state.visibleEventsProperty().get())).containsExactly(1L);

        state.timeWindowProperty().set(TimeWindow.ofDays(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 2)));
        assertThat(ids(state.visibleEventsProperty().get())).containsExactly(3L);
        assertThat(ids(state.filteredEventsProperty().get())).hasSize(4);
    }

    @Test
    void filtersNarrowBothTheFilteredAndTheVisibleSets() {
        ViewState state = new ViewState();
        state.catalogProperty().set(EventCatalog.of(List.of(jan3, jan8, june)));
        state.timeWindowProperty().set(TimeWindow.ofDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
        state.filterProperty().set(EventFilter.NONE.withTypes(Set.of(EventType.MISSILE_STRIKE, EventType.ROCKET_ATTACK)));

        assertThat(ids(state.filteredEventsProperty().get())).containsExactly(2L, 3L);
        assertThat(ids(state.visibleEventsProperty().get())).containsExactly(2L);
    }

    @Test
    void newCatalogClearsSelection() {
        ViewState state = new ViewState();
        state.catalogProperty().set(EventCatalog.of(List.of(jan3)));
        state.selectedProperty().set(jan3);
        state.catalogProperty().set(EventCatalog.of(List.of(jan8)));
        assertThat(state.selectedProperty().get()).isNull();
    }

    private static List<Long> ids(EventSet set) {
        return java.util.stream.IntStream.range(0, set.size()).mapToObj(k -> set.eventAt(k).id()).toList();
    }
}
