package io.strikeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.Event;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import io.strikeline.model.Origin;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer's bulk reads: whole events on several connections, and the outlines it draws first. */
class BulkEventReadTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("bulk.db");
        try (EventStore store = EventStore.open(db)) {
            store.writer().insertEvent(new Event(0, EventType.AIRSTRIKE, EventDate.day(LocalDate.of(2016, 2, 29)), "Raqqa", 35.95,
                    39.0123456, LocationPrecision.CITY, "SY", "Coalition", "a bridge", 3, 5, 1, null, 0.875,
                    Origin.EXTRACTED));
            store.writer().insertEvent(new Event(0, EventType.ROCKET_ATTACK, new EventDate(LocalDate.of(1969, 12, 1),
                    LocalDate.of(1969, 12, 31), DatePrecision.MONTH), null, -12.5, -77.25, null, null, null, null, null,
                    null, null, null, 0.1, Origin.MANUAL));
            store.writer().insertEvent(new Event(0, EventType.OTHER, null, "Nowhere known", null, null, null, "IQ", null, null, 0,
                    null, 7, 9, 1.0, Origin.IMPORTED));
            store.writer().insertEvent(new Event(0, EventType.DRONE_STRIKE, new EventDate(LocalDate.of(2019, 1, 1),
                    LocalDate.of(2019, 12, 31), DatePrecision.YEAR), "Idlib", 35.93, 36.63, LocationPrecision.PROVINCE,
                    "SY", "Unknown", null, null, null, null, null, 0.5, Origin.EDITED));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE events SET status = 'rejected' WHERE event_type = 'other'");
            // a merged-away event is no event of its own: neither read may return it
            st.executeUpdate("UPDATE events SET merged_into = (SELECT min(id) FROM events) WHERE event_type = 'drone_strike'");
        }
    }

    @Test
    void unorderedReadOnTwoConnectionsHoldsExactlyTheEventsOfTheOrderedRead() {
        try (EventStore store = EventStore.openReadOnly(db)) {
            List<Event> ordered = store.events();
            List<Event> unordered = store.eventsUnordered(2);
            assertThat(unordered).hasSize(3).containsExactlyInAnyOrderElementsOf(ordered);
            assertThat(store.eventsUnordered(1)).containsExactlyInAnyOrderElementsOf(ordered);
        }
    }
}
