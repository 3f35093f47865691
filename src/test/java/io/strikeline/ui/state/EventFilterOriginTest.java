package io.strikeline.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.Origin;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFilterOriginTest {

    private static Event of(Origin origin) {
        return new Event(1, EventType.AIRSTRIKE, EventDate.day(LocalDate.of(2024, 2, 2)), null, null, null, null, null, null,
                null, null, null, null, null, 0.5, origin);
    }

    @Test
    void anOriginFilterKeepsOnlyEventsOfThoseOrigins() {
        EventFilter onlyImported = EventFilter.NONE.withOrigins(Set.of(Origin.IMPORTED));
        assertThat(onlyImported.accepts(of(Origin.IMPORTED))).isTrue();
        assertThat(onlyImported.accepts(of(Origin.EXTRACTED))).isFalse();
        assertThat(onlyImported.withTypes(Set.of(EventType.AIRSTRIKE)).origins()).containsExactly(Origin.IMPORTED);
        assertThat(EventFilter.NONE.accepts(of(Origin.MANUAL))).isTrue();
    }
}
