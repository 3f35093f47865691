package io.strikeline.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ui.state.EventCatalog;
import org.junit.jupiter.api.Test;

/** A map index built ahead on a reading thread is taken once, by the map that shows that very catalog. */
class PreparedEventIndexTest {

    @Test
    void theIndexPreparedForACatalogIsTakenOnceAndOnlyForThatCatalog() {
        EventCatalog catalog = EventCatalog.of(SyntheticEvents.generate(400, 5));
        EventCatalog other = EventCatalog.of(SyntheticEvents.generate(400, 5));
        EventIndex.prepare(catalog);
        EventIndex forOther = EventIndex.of(other, MapViewport.home(1, 1).projection());
        assertThat(forOther.catalog()).isSameAs(other);
        assertThat(EventIndex.waitingFor()).as("another catalog leaves it waiting").isSameAs(catalog);
        EventIndex first = EventIndex.of(catalog, MapViewport.home(640, 480).projection());
        assertThat(first.catalog()).isSameAs(catalog);
        assertThat(EventIndex.waitingFor()).as("taken").isNull();
        assertThat(EventIndex.of(catalog, MapViewport.home(640, 480).projection())).isNotSameAs(first);
    }
}
